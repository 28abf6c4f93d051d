package com.astroaxis.catalog.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;

import com.astroaxis.catalog.OpeningStockDeclared;
import com.astroaxis.catalog.ProductId;
import com.astroaxis.catalog.ProductSaved;
import com.astroaxis.platform.audit.AuditRecord;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a checked import in one transaction: missing categories first, then products and barcodes in JDBC batches,
 * each product's {@link ProductSaved} right after its batch followed by one {@link OpeningStockDeclared} for the
 * batch's opening stock, and one audit entry for the whole import. Any failure rolls everything back.
 */
@Component
class ImportWriter {

    static final int BATCH = 1000;
    private static final String INSERT_PRODUCT = """
            insert into ca_product (id, sku, name, category_id, unit, price_kobo, cost_kobo, vat_class, track_stock,
                                    active, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, true, true, ?, ?)""";
    private static final String INSERT_BARCODE = "insert into ca_barcode (code, product_id, position) values (?, ?, ?)";
    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final Categories categories;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImportWriter(JdbcTemplate jdbcTemplate, JdbcClient jdbc, Categories categories, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.categories = categories;
        this.events = events;
        this.clock = clock;
    }

    /** Writes every row; {@code progress} hears the number of rows written after each batch. */
    @Transactional
    public int apply(UUID importId, String fileName, String actor, List<ImportPlan.Row> rows, IntConsumer progress) {
        var now = clock.instant();
        var categoryIds = categoryIds(rows, now);
        var timestamp = java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC);
        var document = "import " + importId;
        int openingStockRows = 0;
        for (int start = 0; start < rows.size(); start += BATCH) {
            var batch = rows.subList(start, Math.min(rows.size(), start + BATCH));
            var ids = new ArrayList<UUID>(batch.size());
            var products = new ArrayList<Object[]>(batch.size());
            var barcodes = new ArrayList<Object[]>();
            for (var row : batch) {
                var id = UUID.randomUUID();
                ids.add(id);
                products.add(new Object[] {id, row.sku(), row.name(), categoryIds.get(row.categoryPath()),
                        row.unit().name(), row.priceKobo(), row.costKobo(), row.vatClass().name(), timestamp, timestamp});
                for (int i = 0; i < row.barcodes().size(); i++) {
                    barcodes.add(new Object[] {row.barcodes().get(i), id, i});
                }
            }
            jdbcTemplate.batchUpdate(INSERT_PRODUCT, products);
            jdbcTemplate.batchUpdate(INSERT_BARCODE, barcodes);
            var openingStock = new ArrayList<OpeningStockDeclared.Line>();
            for (int i = 0; i < batch.size(); i++) {
                var row = batch.get(i);
                var product = new ProductDetails(new ProductId(ids.get(i)), row.sku(), row.name(), null, row.barcodes(),
                        categoryIds.get(row.categoryPath()), row.unit(), row.priceKobo(), row.costKobo(), row.vatClass(),
                        true, true, null, now, now);
                events.publishEvent(new ProductSaved(product.view()));
                if (row.openingQuantity() != null && row.openingQuantity().isPositive()) {
                    openingStock.add(new OpeningStockDeclared.Line(product.id(), row.branchId(),
                            row.openingQuantity(), row.costKobo()));
                }
            }
            if (!openingStock.isEmpty()) {
                openingStockRows += openingStock.size();
                events.publishEvent(new OpeningStockDeclared(document, openingStock));
            }
            progress.accept(start + batch.size());
        }
        var after = new LinkedHashMap<String, Object>();
        after.put("rows", rows.size());
        after.put("openingStockRows", openingStockRows);
        if (fileName != null) {
            after.put("fileName", fileName);
        }
        events.publishEvent(new ProductAudited(AuditRecord.of(actor, "product.imported", "product-import", importId)
                .withAfter(after)));
        return rows.size();
    }

    /** Path → id for every category the rows name, creating the missing ones (and their parents). */
    private Map<String, UUID> categoryIds(List<ImportPlan.Row> rows, java.time.Instant now) {
        var known = new HashMap<String, UUID>();
        jdbc.sql("select path_key, id from ca_category").query(row -> {
            known.put(row.getString(1), row.getObject(2, UUID.class));
        });
        var ids = new HashMap<String, UUID>();
        for (var row : rows) {
            var path = row.categoryPath();
            if (path == null || ids.containsKey(path)) {
                continue;
            }
            UUID parent = null;
            var sofar = new StringBuilder();
            for (var level : path.split(" > ")) {
                if (!sofar.isEmpty()) {
                    sofar.append(Categories.SEPARATOR);
                }
                sofar.append(level);
                var key = Categories.key(sofar.toString());
                var id = known.get(key);
                if (id == null) {
                    id = UUID.randomUUID();
                    categories.insert(new Categories.Category(id, level, parent, sofar.toString()), now);
                    known.put(key, id);
                }
                parent = id;
            }
            ids.put(path, parent);
        }
        return ids;
    }
}
