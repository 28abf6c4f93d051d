package com.astroaxis.inventory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.astroaxis.platform.quantity.Quantity;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code in_stocktake} and {@code in_stocktake_line} tables. */
@Repository
class Stocktakes {

    private final JdbcClient jdbc;

    Stocktakes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates the sheet and its lines in one statement: every tracked, active product (of the category, if given)
     * with its level at the branch as it stands now, zero where nothing ever moved.
     */
    void create(UUID id, UUID branch, UUID category, String by, Instant at) {
        jdbc.sql("insert into in_stocktake (id, branch_id, category_id, status, created_by, created_at) "
                        + "values (:id, :branch, :category, 'OPEN', :by, :at)")
                .paramSource(new MapSqlParameterSource().addValue("id", id).addValue("branch", branch)
                        .addValue("category", category).addValue("by", by)
                        .addValue("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)))
                .update();
        var params = new MapSqlParameterSource().addValue("id", id).addValue("branch", branch);
        var categoryFilter = "";
        if (category != null) {
            categoryFilter = " and p.category_id = :category";
            params.addValue("category", category);
        }
        jdbc.sql("insert into in_stocktake_line (stocktake_id, product_id, expected_milli) "
                        + "select :id, p.id, coalesce(l.quantity_milli, 0) from in_product p "
                        + "left join in_stock_level l on l.product_id = p.id and l.branch_id = :branch "
                        + "where p.track_stock and p.active" + categoryFilter)
                .paramSource(params).update();
    }

    Optional<StocktakeView> find(UUID id) {
        return jdbc.sql("select id, branch_id, category_id, status, created_by, created_at, posted_by, posted_at "
                        + "from in_stocktake where id = :id")
                .param("id", id).query(Stocktakes::map).optional().map(s -> s.withLines(lines(id)));
    }

    /** The branch's sheets, newest first. */
    List<StocktakeView.Summary> list(UUID branch, int limit) {
        return jdbc.sql("""
                        select s.id, s.branch_id, s.category_id, s.status, s.created_by, s.created_at, s.posted_by,
                               s.posted_at, count(l.product_id) as line_count, count(l.counted_milli) as counted_count
                        from in_stocktake s left join in_stocktake_line l on l.stocktake_id = s.id
                        where s.branch_id = :branch
                        group by s.id, s.branch_id, s.category_id, s.status, s.created_by, s.created_at, s.posted_by,
                                 s.posted_at
                        order by s.created_at desc, s.id
                        limit :limit""")
                .param("branch", branch).param("limit", limit)
                .query((row, n) -> {
                    var sheet = map(row, n);
                    return new StocktakeView.Summary(sheet.id(), sheet.branchId(), sheet.categoryId(), sheet.status(),
                            sheet.createdBy(), sheet.createdAt(), sheet.postedBy(), sheet.postedAt(),
                            row.getInt("line_count"), row.getInt("counted_count"));
                }).list();
    }

    boolean setCounted(UUID id, UUID product, long countedMilli) {
        return jdbc.sql("update in_stocktake_line set counted_milli = :counted where stocktake_id = :id "
                        + "and product_id = :product")
                .param("counted", countedMilli).param("id", id).param("product", product).update() == 1;
    }

    /** OPEN → POSTED; false when it was posted already (by this or a simultaneous request). */
    boolean markPosted(UUID id, String by, Instant at) {
        return jdbc.sql("update in_stocktake set status = 'POSTED', posted_by = :by, posted_at = :at "
                        + "where id = :id and status = 'OPEN'")
                .param("by", by).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("id", id)
                .update() == 1;
    }

    /** Locks the sheet (a count and a posting of the same sheet queue). False when it is not open. */
    boolean lockOpen(UUID id) {
        return jdbc.sql("select status from in_stocktake where id = :id for update").param("id", id)
                .query(String.class).optional().filter("OPEN"::equals).isPresent();
    }

    void setCorrection(UUID id, UUID product, long correctionMilli) {
        jdbc.sql("update in_stocktake_line set correction_milli = :correction where stocktake_id = :id "
                        + "and product_id = :product")
                .param("correction", correctionMilli).param("id", id).param("product", product).update();
    }

    private List<StocktakeView.Line> lines(UUID id) {
        return jdbc.sql("select s.product_id, p.sku, p.name, p.unit, s.expected_milli, s.counted_milli, "
                        + "s.correction_milli from in_stocktake_line s join in_product p on p.id = s.product_id "
                        + "where s.stocktake_id = :id order by p.sku, s.product_id")
                .param("id", id).query((row, n) -> new StocktakeView.Line(row.getObject("product_id", UUID.class),
                        row.getString("sku"), row.getString("name"), row.getString("unit"),
                        Quantity.ofMilli(row.getLong("expected_milli")),
                        nullable(row, "counted_milli"), nullable(row, "correction_milli"))).list();
    }

    private static Quantity nullable(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : Quantity.ofMilli(value);
    }

    private static StocktakeView map(ResultSet row, int number) throws SQLException {
        var postedAt = row.getObject("posted_at", OffsetDateTime.class);
        return new StocktakeView(row.getObject("id", UUID.class), row.getObject("branch_id", UUID.class),
                row.getObject("category_id", UUID.class), row.getString("status"), row.getString("created_by"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(), row.getString("posted_by"),
                postedAt == null ? null : postedAt.toInstant(), List.of());
    }
}
