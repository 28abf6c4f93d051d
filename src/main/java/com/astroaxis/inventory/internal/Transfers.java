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

import com.astroaxis.platform.quantity.Quantity;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code in_transfer} and {@code in_transfer_line} tables. */
@Repository
class Transfers {

    private static final String COLUMNS = "id, from_branch_id, to_branch_id, status, note, dispatched_by, "
            + "dispatched_at, received_by, received_at";
    private final JdbcClient jdbc;

    Transfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TransferView transfer) {
        jdbc.sql("insert into in_transfer (id, from_branch_id, to_branch_id, status, note, dispatched_by, "
                        + "dispatched_at) values (:id, :from, :to, 'DISPATCHED', :note, :by, :at)")
                .paramSource(new MapSqlParameterSource().addValue("id", transfer.id())
                        .addValue("from", transfer.fromBranchId()).addValue("to", transfer.toBranchId())
                        .addValue("note", transfer.note()).addValue("by", transfer.dispatchedBy())
                        .addValue("at", timestamp(transfer.dispatchedAt())))
                .update();
        for (var line : transfer.lines()) {
            jdbc.sql("insert into in_transfer_line (transfer_id, product_id, sent_milli) values (:id, :product, :sent)")
                    .param("id", transfer.id()).param("product", line.productId()).param("sent", line.sent().milli())
                    .update();
        }
    }

    /** DISPATCHED → RECEIVED; false when it was not (any more) dispatched: someone received it first. */
    boolean markReceived(UUID id, String by, Instant at) {
        return jdbc.sql("update in_transfer set status = 'RECEIVED', received_by = :by, received_at = :at "
                        + "where id = :id and status = 'DISPATCHED'")
                .param("by", by).param("at", timestamp(at)).param("id", id).update() == 1;
    }

    void recordReceived(UUID id, UUID product, long receivedMilli, long shortfallMilli) {
        jdbc.sql("update in_transfer_line set received_milli = :received, shortfall_milli = :shortfall "
                        + "where transfer_id = :id and product_id = :product")
                .param("received", receivedMilli).param("shortfall", shortfallMilli).param("id", id)
                .param("product", product).update();
    }

    Optional<TransferView> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from in_transfer where id = :id").param("id", id)
                .query(Transfers::map).optional().map(t -> t.withLines(lines(id)));
    }

    /** Newest first: those from or to {@code branch} (null: any) among the visible branches (null: all). */
    List<TransferView> search(UUID branch, Set<UUID> visible, int page, int size) {
        var params = new MapSqlParameterSource().addValue("limit", size).addValue("offset", (long) page * size);
        return jdbc.sql("select " + COLUMNS + " from in_transfer" + where(branch, visible, params)
                        + " order by dispatched_at desc, id limit :limit offset :offset")
                .paramSource(params).query(Transfers::map).list().stream()
                .map(t -> t.withLines(lines(t.id()))).toList();
    }

    long count(UUID branch, Set<UUID> visible) {
        var params = new MapSqlParameterSource();
        return jdbc.sql("select count(*) from in_transfer" + where(branch, visible, params)).paramSource(params)
                .query(Long.class).single();
    }

    private static String where(UUID branch, Set<UUID> visible, MapSqlParameterSource params) {
        var where = new StringBuilder(" where 1 = 1");
        if (branch != null) {
            where.append(" and (from_branch_id = :branch or to_branch_id = :branch)");
            params.addValue("branch", branch);
        }
        if (visible != null) {
            where.append(visible.isEmpty() ? " and 1 = 0"
                    : " and (from_branch_id in (:visible) or to_branch_id in (:visible))");
            params.addValue("visible", visible);
        }
        return where.toString();
    }

    private List<TransferView.Line> lines(UUID id) {
        return jdbc.sql("select product_id, sent_milli, received_milli, shortfall_milli from in_transfer_line "
                        + "where transfer_id = :id order by product_id")
                .param("id", id).query((row, n) -> new TransferView.Line(row.getObject("product_id", UUID.class),
                        Quantity.ofMilli(row.getLong("sent_milli")), nullable(row, "received_milli"),
                        nullable(row, "shortfall_milli"))).list();
    }

    private static Quantity nullable(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : Quantity.ofMilli(value);
    }

    private static TransferView map(ResultSet row, int number) throws SQLException {
        var receivedAt = row.getObject("received_at", OffsetDateTime.class);
        return new TransferView(row.getObject("id", UUID.class), row.getObject("from_branch_id", UUID.class),
                row.getObject("to_branch_id", UUID.class), row.getString("status"), row.getString("note"),
                row.getString("dispatched_by"), row.getObject("dispatched_at", OffsetDateTime.class).toInstant(),
                row.getString("received_by"), receivedAt == null ? null : receivedAt.toInstant(), List.of());
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
