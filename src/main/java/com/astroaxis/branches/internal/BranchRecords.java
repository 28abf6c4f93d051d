package com.astroaxis.branches.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.astroaxis.branches.BranchId;
import com.astroaxis.branches.BranchKind;
import com.astroaxis.branches.BranchView;
import com.astroaxis.branches.OversellPolicy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code br_branch} table. */
@Repository
class BranchRecords {

    private static final String COLUMNS = """
            id, code, name, kind, address, phone, latitude, longitude, radius_meters, receipt_header, receipt_footer,
            oversell, active""";
    private final JdbcClient jdbc;

    BranchRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BranchView> all() {
        return jdbc.sql("select " + COLUMNS + " from br_branch order by code").query(BranchRecords::map).list();
    }

    Optional<BranchView> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from br_branch where id = ?").param(id).query(BranchRecords::map).optional();
    }

    /** The branch, locked until the transaction ends, for a change. */
    Optional<BranchView> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from br_branch where id = ? for update").param(id)
                .query(BranchRecords::map).optional();
    }

    boolean codeTaken(String code, UUID except) {
        return jdbc.sql("select count(*) from br_branch where code = ? and id <> ?").params(code, except)
                .query(Long.class).single() > 0;
    }

    void insert(BranchView branch, Instant now) {
        jdbc.sql("""
                insert into br_branch (id, code, name, kind, address, phone, latitude, longitude, radius_meters,
                                       receipt_header, receipt_footer, oversell, active, created_at, updated_at)
                values (:id, :code, :name, :kind, :address, :phone, :latitude, :longitude, :radius,
                        :header, :footer, :oversell, :active, :now, :now)
                """).params(params(branch, now)).update();
    }

    void update(BranchView branch, Instant now) {
        jdbc.sql("""
                update br_branch set code = :code, name = :name, kind = :kind, address = :address, phone = :phone,
                       latitude = :latitude, longitude = :longitude, radius_meters = :radius, receipt_header = :header,
                       receipt_footer = :footer, oversell = :oversell, active = :active, updated_at = :now
                where id = :id
                """).params(params(branch, now)).update();
    }

    private static java.util.Map<String, Object> params(BranchView branch, Instant now) {
        var params = new java.util.HashMap<String, Object>();
        params.put("id", branch.id().value());
        params.put("code", branch.code());
        params.put("name", branch.name());
        params.put("kind", branch.kind().name());
        params.put("address", branch.address());
        params.put("phone", branch.phone());
        params.put("latitude", branch.latitude());
        params.put("longitude", branch.longitude());
        params.put("radius", branch.radiusMeters());
        params.put("header", branch.receiptHeader());
        params.put("footer", branch.receiptFooter());
        params.put("oversell", branch.oversell().name());
        params.put("active", branch.active());
        params.put("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        return params;
    }

    private static BranchView map(ResultSet row, int number) throws SQLException {
        var radius = row.getObject("radius_meters") == null ? null : row.getInt("radius_meters");
        return new BranchView(new BranchId(row.getObject("id", UUID.class)), row.getString("code"),
                row.getString("name"), BranchKind.valueOf(row.getString("kind")), row.getString("address"),
                row.getString("phone"), strip(row.getBigDecimal("latitude")), strip(row.getBigDecimal("longitude")),
                radius, row.getString("receipt_header"), row.getString("receipt_footer"),
                OversellPolicy.valueOf(row.getString("oversell")), row.getBoolean("active"));
    }

    private static java.math.BigDecimal strip(java.math.BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
