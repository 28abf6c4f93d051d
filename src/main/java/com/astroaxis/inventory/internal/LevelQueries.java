package com.astroaxis.inventory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.astroaxis.platform.quantity.Quantity;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of levels with their reorder levels and product details (all inventory tables). */
@Repository
class LevelQueries {

    private final JdbcClient jdbc;

    LevelQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Levels of tracked products, filtered by branch, product, visible branches (null: all), and low only. */
    List<StockViews.Level> levels(UUID branch, UUID product, Set<UUID> visible, boolean lowOnly) {
        var conditions = new ArrayList<String>(List.of("p.track_stock"));
        var params = new MapSqlParameterSource();
        if (branch != null) {
            conditions.add("l.branch_id = :branch");
            params.addValue("branch", branch);
        }
        if (product != null) {
            conditions.add("l.product_id = :product");
            params.addValue("product", product);
        }
        if (visible != null) {
            conditions.add(visible.isEmpty() ? "1 = 0" : "l.branch_id in (:visible)");
            params.addValue("visible", visible);
        }
        if (lowOnly) {
            conditions.add("r.level_milli is not null and l.quantity_milli <= r.level_milli");
        }
        return jdbc.sql("""
                select l.product_id, l.branch_id, l.quantity_milli, r.level_milli, p.sku, p.name, p.unit,
                       p.cost_kobo, b.code
                from in_stock_level l
                join in_product p on p.id = l.product_id
                join in_branch b on b.id = l.branch_id
                left join in_reorder_level r on r.product_id = l.product_id and r.branch_id = l.branch_id
                where\s""" + String.join(" and ", conditions) + " order by b.code, p.sku")
                .paramSource(params).query(LevelQueries::map).list();
    }

    private static StockViews.Level map(ResultSet row, int number) throws SQLException {
        long quantity = row.getLong("quantity_milli");
        long reorder = row.getLong("level_milli");
        Quantity reorderLevel = row.wasNull() ? null : Quantity.ofMilli(reorder);
        return new StockViews.Level(row.getObject("product_id", UUID.class), row.getObject("branch_id", UUID.class),
                row.getString("sku"), row.getString("name"), row.getString("unit"), row.getString("code"),
                Quantity.ofMilli(quantity), reorderLevel, reorderLevel != null && quantity <= reorder,
                row.getLong("cost_kobo"));
    }
}
