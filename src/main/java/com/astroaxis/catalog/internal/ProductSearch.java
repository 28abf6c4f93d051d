package com.astroaxis.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds products by a text that is part of their name or SKU (any letter case) or is one of their barcodes, within
 * a category, active or archived, newest first or by name, a page at a time. On PostgreSQL trigram indexes on
 * lower(name) and lower(sku) and the barcode's primary key serve the search.
 */
@Repository
public class ProductSearch {

    public enum Order { NEWEST, NAME }

    public record Query(String text, UUID categoryId, Boolean active, Order order, int page, int size) {
    }

    public record Page(List<ProductDetails> items, int page, int size, long total) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ProductRecords records;
    private volatile Boolean postgres;

    ProductSearch(JdbcClient jdbc, JdbcTemplate template, ProductRecords records) {
        this.jdbc = jdbc;
        this.template = template;
        this.records = records;
    }

    @Transactional(readOnly = true)
    public Page search(Query query) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        var text = query.text() == null ? "" : query.text().strip();
        if (!text.isEmpty()) {
            where.add("(lower(p.name) like :pattern escape '\\' or lower(p.sku) like :pattern escape '\\'"
                    + " or p.id = (select b.product_id from ca_barcode b where b.code = :code))");
            params.put("pattern", "%" + escape(text.toLowerCase(Locale.ROOT)) + "%");
            params.put("code", text);
            if (isPostgres()) {
                // a plan made for the actual text: a generic plan for "any pattern" (what a prepared statement gets
                // after five runs) walks the whole catalogue in order for a rare word instead of asking the indexes
                jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            }
        }
        if (query.categoryId() != null) {
            where.add("p.category_id = :categoryId");
            params.put("categoryId", query.categoryId());
        }
        if (query.active() != null) {
            where.add("p.active = :active");
            params.put("active", query.active());
        }
        var filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        var order = query.order() == Order.NAME ? "p.name, p.sku" : "p.created_at desc, p.sku";
        params.put("limit", query.size());
        params.put("offset", (long) query.page() * query.size());
        var items = jdbc.sql("select " + ProductRecords.COLUMNS + " from ca_product p" + filter + " order by " + order
                + " limit :limit offset :offset").params(params).query(ProductRecords::map).list();
        long total;
        if (items.size() < query.size() && (query.page() == 0 || !items.isEmpty())) {
            total = (long) query.page() * query.size() + items.size();
        } else {
            if (!text.isEmpty() && isPostgres()) {
                // the catalogue's pages are in memory, but with the default random_page_cost (4, for spinning disks)
                // the planner counts the matches of a common word ("rice": 6% of 100,000 products) by reading every
                // row, several times slower than through the trigram indexes; for this count only (the page above
                // is best served by walking the order's index)
                jdbc.sql("set local random_page_cost = 1.1").update();
            }
            total = jdbc.sql("select count(*) from ca_product p" + filter).params(params).query(Long.class).single();
        }
        return new Page(records.withBarcodes(items), query.page(), query.size(), total);
    }

    private boolean isPostgres() {
        if (postgres == null) {
            postgres = template.execute((ConnectionCallback<Boolean>) connection ->
                    connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL"));
        }
        return postgres;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
