package com.astroaxis.inventory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.astroaxis.platform.money.Money;
import com.astroaxis.platform.quantity.Quantity;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code in_supplier}, {@code in_purchase_order} and {@code in_purchase_order_line} tables. */
@Repository
class Purchasing {

    private static final String ORDER_COLUMNS = "id, supplier_id, branch_id, status, created_by, created_at, ordered_at";
    private final JdbcClient jdbc;

    Purchasing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PurchaseOrderView.Supplier supplier, String by) {
        jdbc.sql("insert into in_supplier (id, name, phone, email, address, created_by, created_at) "
                        + "values (:id, :name, :phone, :email, :address, :by, :at)")
                .paramSource(new MapSqlParameterSource().addValue("id", supplier.id()).addValue("name", supplier.name())
                        .addValue("phone", supplier.phone()).addValue("email", supplier.email())
                        .addValue("address", supplier.address()).addValue("by", by)
                        .addValue("at", timestamp(supplier.createdAt())))
                .update();
    }

    Optional<PurchaseOrderView.Supplier> supplier(UUID id) {
        return jdbc.sql("select id, name, phone, email, address, created_at from in_supplier where id = :id")
                .param("id", id).query(Purchasing::supplier).optional();
    }

    List<PurchaseOrderView.Supplier> suppliers(int page, int size) {
        return jdbc.sql("select id, name, phone, email, address, created_at from in_supplier order by name, id "
                        + "limit :limit offset :offset")
                .param("limit", size).param("offset", (long) page * size).query(Purchasing::supplier).list();
    }

    long supplierCount() {
        return jdbc.sql("select count(*) from in_supplier").query(Long.class).single();
    }

    void insert(PurchaseOrderView order) {
        jdbc.sql("insert into in_purchase_order (id, supplier_id, branch_id, status, created_by, created_at, version) "
                        + "values (:id, :supplier, :branch, :status, :by, :at, 0)")
                .param("id", order.id()).param("supplier", order.supplierId()).param("branch", order.branchId())
                .param("status", order.status()).param("by", order.createdBy())
                .param("at", timestamp(order.createdAt())).update();
        for (var line : order.lines()) {
            jdbc.sql("insert into in_purchase_order_line (order_id, product_id, quantity_milli, unit_cost_kobo, "
                            + "received_milli) values (:id, :product, :quantity, :cost, 0)")
                    .param("id", order.id()).param("product", line.productId())
                    .param("quantity", line.quantity().milli()).param("cost", line.unitCostKobo()).update();
        }
    }

    /** The order, its row locked until the transaction ends: orderings and receipts of one order queue. */
    Optional<PurchaseOrderView> lock(UUID id) {
        return jdbc.sql("select " + ORDER_COLUMNS + " from in_purchase_order where id = :id for update")
                .param("id", id).query(Purchasing::order).optional().map(this::withLines);
    }

    Optional<PurchaseOrderView> find(UUID id) {
        return jdbc.sql("select " + ORDER_COLUMNS + " from in_purchase_order where id = :id")
                .param("id", id).query(Purchasing::order).optional().map(this::withLines);
    }

    List<PurchaseOrderView> search(Set<UUID> visible, int page, int size) {
        var params = new MapSqlParameterSource().addValue("limit", size).addValue("offset", (long) page * size);
        return jdbc.sql("select " + ORDER_COLUMNS + " from in_purchase_order" + where(visible, params)
                        + " order by created_at desc, id limit :limit offset :offset")
                .paramSource(params).query(Purchasing::order).list().stream().map(this::withLines).toList();
    }

    long count(Set<UUID> visible) {
        var params = new MapSqlParameterSource();
        return jdbc.sql("select count(*) from in_purchase_order" + where(visible, params)).paramSource(params)
                .query(Long.class).single();
    }

    void setStatus(UUID id, String status, Instant orderedAt) {
        jdbc.sql("update in_purchase_order set status = :status, version = version + 1"
                        + (orderedAt == null ? "" : ", ordered_at = :at") + " where id = :id")
                .paramSource(new MapSqlParameterSource().addValue("status", status).addValue("id", id)
                        .addValue("at", orderedAt == null ? null : timestamp(orderedAt)))
                .update();
    }

    void addReceived(UUID id, UUID product, long milli) {
        jdbc.sql("update in_purchase_order_line set received_milli = received_milli + :milli "
                        + "where order_id = :id and product_id = :product")
                .param("milli", milli).param("id", id).param("product", product).update();
    }

    private static String where(Set<UUID> visible, MapSqlParameterSource params) {
        if (visible == null) {
            return "";
        }
        params.addValue("visible", visible);
        return visible.isEmpty() ? " where 1 = 0" : " where branch_id in (:visible)";
    }

    private PurchaseOrderView withLines(PurchaseOrderView order) {
        var lines = jdbc.sql("select product_id, quantity_milli, unit_cost_kobo, received_milli "
                        + "from in_purchase_order_line where order_id = :id order by product_id")
                .param("id", order.id()).query((row, n) -> new PurchaseOrderView.Line(
                        row.getObject("product_id", UUID.class), Quantity.ofMilli(row.getLong("quantity_milli")),
                        row.getLong("unit_cost_kobo"), Quantity.ofMilli(row.getLong("received_milli")))).list();
        long total = lines.stream().mapToLong(line -> Money.ofKobo(line.unitCostKobo())
                .timesMilliUnits(line.quantity().milli()).kobo()).sum();
        return new PurchaseOrderView(order.id(), order.supplierId(), order.branchId(), order.status(),
                order.createdBy(), order.createdAt(), order.orderedAt(), total, lines);
    }

    private static PurchaseOrderView order(ResultSet row, int number) throws SQLException {
        var orderedAt = row.getObject("ordered_at", OffsetDateTime.class);
        return new PurchaseOrderView(row.getObject("id", UUID.class), row.getObject("supplier_id", UUID.class),
                row.getObject("branch_id", UUID.class), row.getString("status"), row.getString("created_by"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                orderedAt == null ? null : orderedAt.toInstant(), 0, List.of());
    }

    private static PurchaseOrderView.Supplier supplier(ResultSet row, int number) throws SQLException {
        return new PurchaseOrderView.Supplier(row.getObject("id", UUID.class), row.getString("name"),
                row.getString("phone"), row.getString("email"), row.getString("address"),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
