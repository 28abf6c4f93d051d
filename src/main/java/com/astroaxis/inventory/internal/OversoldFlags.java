package com.astroaxis.inventory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.astroaxis.inventory.MovementKind;
import com.astroaxis.platform.quantity.Quantity;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of {@code in_oversell_flag}: the movements that took a level below zero at a branch that allows it, with the
 * movement, product and branch they concern. Filtered by branch and ordered by time of flagging, which the
 * {@code (branch_id, flagged_at)} index serves.
 */
@Repository
class OversoldFlags {

    private final JdbcClient jdbc;

    OversoldFlags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first; {@code branch} is optional, {@code visible} limits to those branches (null: every branch). */
    List<StockViews.Oversold> search(UUID branch, Set<UUID> visible, int page, int size) {
        var filter = filter(branch, visible);
        return jdbc.sql("""
                select f.movement_id, f.product_id, f.branch_id, f.level_after_milli, f.flagged_at, m.kind,
                       m.quantity_milli, m.actor, m.occurred_at, m.document_type, m.document_id, p.sku, p.name,
                       p.unit, b.code
                from in_oversell_flag f
                join in_movement m on m.id = f.movement_id
                join in_product p on p.id = f.product_id
                join in_branch b on b.id = f.branch_id""" + filter.where
                        + " order by f.flagged_at desc, f.movement_id desc limit :limit offset :offset")
                .paramSource(filter.params.addValue("limit", size).addValue("offset", (long) page * size))
                .query(OversoldFlags::map).list();
    }

    long count(UUID branch, Set<UUID> visible) {
        var filter = filter(branch, visible);
        return jdbc.sql("select count(*) from in_oversell_flag f" + filter.where).paramSource(filter.params)
                .query(Long.class).single();
    }

    private record Filter(String where, MapSqlParameterSource params) {
    }

    private static Filter filter(UUID branch, Set<UUID> visible) {
        var conditions = new ArrayList<String>();
        var params = new MapSqlParameterSource();
        if (branch != null) {
            conditions.add("f.branch_id = :branch");
            params.addValue("branch", branch);
        }
        if (visible != null) {
            conditions.add(visible.isEmpty() ? "1 = 0" : "f.branch_id in (:visible)");
            params.addValue("visible", visible);
        }
        return new Filter(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private static StockViews.Oversold map(ResultSet row, int number) throws SQLException {
        return new StockViews.Oversold(row.getObject("movement_id", UUID.class),
                row.getObject("product_id", UUID.class), row.getString("sku"), row.getString("name"),
                row.getString("unit"), row.getObject("branch_id", UUID.class), row.getString("code"),
                MovementKind.valueOf(row.getString("kind")), Quantity.ofMilli(row.getLong("quantity_milli")),
                Quantity.ofMilli(row.getLong("level_after_milli")), row.getString("actor"),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getObject("flagged_at", OffsetDateTime.class).toInstant(), row.getString("document_type"),
                row.getString("document_id"));
    }
}
