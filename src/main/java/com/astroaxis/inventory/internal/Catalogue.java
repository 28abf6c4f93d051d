package com.astroaxis.inventory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.astroaxis.branches.BranchView;
import com.astroaxis.branches.OversellPolicy;
import com.astroaxis.catalog.ProductView;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code in_product} and {@code in_branch} read models: what the inventory knows of products and branches. */
@Repository
class Catalogue {

    private static final String PRODUCT_COLUMNS =
            "id, sku, name, unit, fractional, track_stock, category_id, cost_kobo, active";
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate template;

    Catalogue(JdbcClient jdbc, NamedParameterJdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Keeps the product's row as the catalogue last described it. The weighted-average cost is replaced only when
     * the catalogue's cost itself changed (someone set it deliberately); otherwise receipts keep it.
     */
    void save(ProductView product) {
        int updated = jdbc.sql("""
                update in_product set sku = :sku, name = :name, unit = :unit, fractional = :fractional,
                       track_stock = :trackStock, category_id = :categoryId, active = :active,
                       cost_kobo = case when catalog_cost_kobo <> :cost then :cost else cost_kobo end,
                       catalog_cost_kobo = :cost
                where id = :id
                """).paramSource(productParams(product)).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into in_product (id, sku, name, unit, fractional, track_stock, category_id, cost_kobo,
                                            catalog_cost_kobo, active)
                    values (:id, :sku, :name, :unit, :fractional, :trackStock, :categoryId, :cost, :cost, :active)
                    """).paramSource(productParams(product)).update();
        }
    }

    void save(BranchView branch) {
        var params = new java.util.HashMap<String, Object>();
        params.put("id", branch.id().value());
        params.put("code", branch.code());
        params.put("name", branch.name());
        params.put("oversell", (branch.oversell() == null ? OversellPolicy.BLOCK : branch.oversell()).name());
        params.put("active", branch.active());
        int updated = jdbc.sql("update in_branch set code = :code, name = :name, oversell = :oversell, active = :active "
                + "where id = :id").params(params).update();
        if (updated == 0) {
            jdbc.sql("insert into in_branch (id, code, name, oversell, active) values (:id, :code, :name, :oversell, "
                    + ":active)").params(params).update();
        }
    }

    Optional<StockProduct> product(UUID id) {
        return jdbc.sql("select " + PRODUCT_COLUMNS + " from in_product where id = :id").param("id", id)
                .query(Catalogue::product).optional();
    }

    /** The product's row, locked until the transaction ends: receipts move its cost one at a time. */
    Optional<StockProduct> productForUpdate(UUID id) {
        return jdbc.sql("select " + PRODUCT_COLUMNS + " from in_product where id = :id for update").param("id", id)
                .query(Catalogue::product).optional();
    }

    /** The products' rows, locked until the transaction ends (in id order, so that two batches cannot deadlock). */
    List<StockProduct> productsForUpdate(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + PRODUCT_COLUMNS + " from in_product where id in (:ids) order by id for update")
                .param("ids", ids).query(Catalogue::product).list();
    }

    List<StockProduct> products(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + PRODUCT_COLUMNS + " from in_product where id in (:ids)").param("ids", ids)
                .query(Catalogue::product).list();
    }

    /** Tracked, active products, optionally of one category: the lines of a count sheet. */
    List<StockProduct> countable(UUID categoryId) {
        return jdbc.sql("select " + PRODUCT_COLUMNS + " from in_product where track_stock and active"
                        + (categoryId == null ? "" : " and category_id = :category") + " order by sku")
                .params(categoryId == null ? java.util.Map.of() : java.util.Map.of("category", categoryId))
                .query(Catalogue::product).list();
    }

    /** New weighted-average costs, product id → kobo, in one batch. */
    void setCosts(Map<UUID, Long> costs) {
        if (costs.isEmpty()) {
            return;
        }
        var batch = costs.entrySet().stream()
                .map(cost -> new MapSqlParameterSource()
                        .addValue("cost", cost.getValue()).addValue("id", cost.getKey()))
                .toArray(SqlParameterSource[]::new);
        template.batchUpdate("update in_product set cost_kobo = :cost where id = :id", batch);
    }

    void setCost(UUID productId, long costKobo) {
        jdbc.sql("update in_product set cost_kobo = :cost where id = :id").param("cost", costKobo)
                .param("id", productId).update();
    }

    Optional<StockBranch> branch(UUID id) {
        return jdbc.sql("select id, code, name, oversell, active from in_branch where id = :id").param("id", id)
                .query(Catalogue::branch).optional();
    }

    List<StockBranch> branches() {
        return jdbc.sql("select id, code, name, oversell, active from in_branch order by code")
                .query(Catalogue::branch).list();
    }

    private static MapSqlParameterSource productParams(ProductView p) {
        return new MapSqlParameterSource()
                .addValue("id", p.id().value())
                .addValue("sku", p.sku())
                .addValue("name", p.name())
                .addValue("unit", p.unit().name())
                .addValue("fractional", p.unit().fractional())
                .addValue("trackStock", p.trackStock())
                .addValue("categoryId", p.categoryId())
                .addValue("cost", p.costKobo())
                .addValue("active", p.active());
    }

    private static StockProduct product(ResultSet row, int number) throws SQLException {
        return new StockProduct(row.getObject("id", UUID.class), row.getString("sku"), row.getString("name"),
                row.getString("unit"), row.getBoolean("fractional"), row.getBoolean("track_stock"),
                row.getObject("category_id", UUID.class), row.getLong("cost_kobo"), row.getBoolean("active"));
    }

    private static StockBranch branch(ResultSet row, int number) throws SQLException {
        return new StockBranch(row.getObject("id", UUID.class), row.getString("code"), row.getString("name"),
                OversellPolicy.valueOf(row.getString("oversell")), row.getBoolean("active"));
    }
}
