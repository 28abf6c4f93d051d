package com.astroaxis.inventory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.astroaxis.inventory.MovementKind;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code in_movement} ledger: rows are appended and read, never changed (there is no update or delete here). */
@Repository
class Movements {

    private final JdbcClient jdbc;

    Movements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(Movement movement) {
        jdbc.sql("""
                insert into in_movement (id, product_id, branch_id, kind, quantity_milli, level_after_milli,
                                         reason_code, note, actor, occurred_at, document_type, document_id,
                                         unit_cost_kobo)
                values (:id, :product, :branch, :kind, :quantity, :levelAfter, :reason, :note, :actor, :at,
                        :documentType, :documentId, :unitCost)
                """).paramSource(new MapSqlParameterSource()
                        .addValue("id", movement.id())
                        .addValue("product", movement.productId())
                        .addValue("branch", movement.branchId())
                        .addValue("kind", movement.kind().name())
                        .addValue("quantity", movement.quantityMilli())
                        .addValue("levelAfter", movement.levelAfterMilli())
                        .addValue("reason", movement.reasonCode())
                        .addValue("note", movement.note())
                        .addValue("actor", movement.actor())
                        .addValue("at", OffsetDateTime.ofInstant(movement.occurredAt(), ZoneOffset.UTC))
                        .addValue("documentType", movement.documentType())
                        .addValue("documentId", movement.documentId())
                        .addValue("unitCost", movement.unitCostKobo(), java.sql.Types.BIGINT))
                .update();
    }

    /**
     * Newest first. {@code branches} limits the rows to those branches (null: every branch); product and branch
     * filters are optional.
     */
    List<Movement> search(UUID product, UUID branch, Set<UUID> branches, int page, int size) {
        var query = filter(product, branch, branches);
        return jdbc.sql("select id, product_id, branch_id, kind, quantity_milli, level_after_milli, reason_code, note, "
                        + "actor, occurred_at, document_type, document_id, unit_cost_kobo from in_movement" + query.where
                        + " order by occurred_at desc, id limit :limit offset :offset")
                .paramSource(query.params.addValue("limit", size).addValue("offset", (long) page * size))
                .query(Movements::map).list();
    }

    long count(UUID product, UUID branch, Set<UUID> branches) {
        var query = filter(product, branch, branches);
        return jdbc.sql("select count(*) from in_movement" + query.where).paramSource(query.params)
                .query(Long.class).single();
    }

    private record Filter(String where, MapSqlParameterSource params) {
    }

    private static Filter filter(UUID product, UUID branch, Set<UUID> branches) {
        var conditions = new ArrayList<String>();
        var params = new MapSqlParameterSource();
        if (product != null) {
            conditions.add("product_id = :product");
            params.addValue("product", product);
        }
        if (branch != null) {
            conditions.add("branch_id = :branch");
            params.addValue("branch", branch);
        }
        if (branches != null) {
            if (branches.isEmpty()) {
                conditions.add("1 = 0");
            } else {
                conditions.add("branch_id in (:branches)");
                params.addValue("branches", branches);
            }
        }
        return new Filter(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private static Movement map(ResultSet row, int number) throws SQLException {
        long cost = row.getLong("unit_cost_kobo");
        Long unitCost = row.wasNull() ? null : cost;
        return new Movement(row.getObject("id", UUID.class), row.getObject("product_id", UUID.class),
                row.getObject("branch_id", UUID.class), MovementKind.valueOf(row.getString("kind")),
                row.getLong("quantity_milli"), row.getLong("level_after_milli"), row.getString("reason_code"), row.getString("note"),
                row.getString("actor"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getString("document_type"), row.getString("document_id"), unitCost);
    }
}
