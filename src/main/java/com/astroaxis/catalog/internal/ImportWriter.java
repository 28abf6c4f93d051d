package com.astroaxis.catalog.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Writes a checked import in one transaction: missing categories first, then products and barcodes in JDBC batches
 * (new products inserted, existing ones updated, each batch's existing products read and locked with one query),
 * each created or changed product's {@link ProductSaved} right after its batch followed by one
 * {@link OpeningStockDeclared} for the batch's opening stock; an audit entry for each product whose price or cost
 * changed ({@code product.price-changed}, the reason naming the import; appended a batch at a time) and one for the
 * whole import. Rows identical
 * to their product write, publish and audit nothing. Any failure rolls everything back.
 */
@Component
class ImportWriter {

    static final int BATCH = 1000;
    private static final String INSERT_PRODUCT = """
            insert into ca_product (id, sku, name, category_id, unit, price_kobo, cost_kobo, vat_class, track_stock,
                                    active, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, true, true, ?, ?)""";
    private static final String UPDATE_PRODUCT = """
            update ca_product set name = ?, category_id = ?, unit = ?, price_kobo = ?, cost_kobo = ?, vat_class = ?,
                                  updated_at = ?
            where id = ?""";
    private static final String INSERT_BARCODE = "insert into ca_barcode (code, product_id, position) values (?, ?, ?)";
    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final Categories categories;
    private final ProductRecords records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImportWriter(JdbcTemplate jdbcTemplate, JdbcClient jdbc, Categories categories, ProductRecords records,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.categories = categories;
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    /** What an import did: products created, and existing products changed (rows identical to them are neither). */
    record Outcome(int created, int updated) {
        int imported() {
            return created + updated;
        }
    }

    /** Writes every row; {@code progress} hears the number of rows written after each batch. */
    @Transactional
    public Outcome apply(UUID importId, String fileName, String actor, ImportPlan.Mode mode, List<ImportPlan.Row> rows,
            IntConsumer progress) {
        var now = clock.instant();
        var categoryIds = categoryIds(rows, now);
        var timestamp = java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC);
        var document = "import " + importId;
        int openingStockRows = 0;
        int created = 0;
        int updated = 0;
        for (int start = 0; start < rows.size(); start += BATCH) {
            var batch = rows.subList(start, Math.min(rows.size(), start + BATCH));
            var fresh = batch.stream().filter(row -> row.productId() == null).toList();
            var ids = new ArrayList<UUID>(fresh.size());
            var products = new ArrayList<Object[]>(fresh.size());
            var barcodes = new ArrayList<Object[]>();
            for (var row : fresh) {
                var id = UUID.randomUUID();
                ids.add(id);
                products.add(new Object[] {id, row.sku(), row.name(), categoryIds.get(row.categoryPath()),
                        row.unit().name(), row.priceKobo(), row.costKobo(), row.vatClass().name(), timestamp, timestamp});
                for (int i = 0; i < row.barcodes().size(); i++) {
                    barcodes.add(new Object[] {row.barcodes().get(i), id, i});
                }
            }
            var changes = changes(batch, categoryIds, now);
            var changed = new ArrayList<Object[]>(changes.size());
            var rebarcoded = new ArrayList<UUID>();
            for (var change : changes) {
                var after = change.after();
                var id = after.id().value();
                changed.add(new Object[] {after.name(), after.categoryId(), after.unit().name(), after.priceKobo(),
                        after.costKobo(), after.vatClass().name(), timestamp, id});
                if (!after.barcodes().equals(change.before().barcodes())) {
                    rebarcoded.add(id);
                    for (int i = 0; i < after.barcodes().size(); i++) {
                        barcodes.add(new Object[] {after.barcodes().get(i), id, i});
                    }
                }
            }
            jdbcTemplate.batchUpdate(INSERT_PRODUCT, products);
            jdbcTemplate.batchUpdate(UPDATE_PRODUCT, changed);
            if (!rebarcoded.isEmpty()) {
                jdbc.sql("delete from ca_barcode where product_id in (:ids)").param("ids", rebarcoded).update();
            }
            jdbcTemplate.batchUpdate(INSERT_BARCODE, barcodes);
            var openingStock = new ArrayList<OpeningStockDeclared.Line>();
            for (int i = 0; i < fresh.size(); i++) {
                var row = fresh.get(i);
                var product = new ProductDetails(new ProductId(ids.get(i)), row.sku(), row.name(), null, row.barcodes(),
                        categoryIds.get(row.categoryPath()), row.unit(), row.priceKobo(), row.costKobo(), row.vatClass(),
                        true, true, null, now, now);
                events.publishEvent(new ProductSaved(product.view()));
                if (row.openingQuantity() != null && row.openingQuantity().isPositive()) {
                    openingStock.add(new OpeningStockDeclared.Line(product.id(), row.branchId(),
                            row.openingQuantity(), row.costKobo()));
                }
            }
            var priceChanges = new ArrayList<AuditRecord>();
            for (var change : changes) {
                var before = change.before();
                var after = change.after();
                events.publishEvent(new ProductSaved(after.view()));
                if (before.priceKobo() != after.priceKobo() || before.costKobo() != after.costKobo()) {
                    priceChanges.add(new AuditRecord(actor, "product.price-changed", "product", after.id().toString(),
                            ProductStates.price(before), ProductStates.price(after), document));
                }
            }
            if (!priceChanges.isEmpty()) {
                events.publishEvent(new ProductsAudited(priceChanges));
            }
            if (!openingStock.isEmpty()) {
                openingStockRows += openingStock.size();
                events.publishEvent(new OpeningStockDeclared(document, openingStock));
            }
            created += fresh.size();
            updated += changes.size();
            progress.accept(start + batch.size());
        }
        var after = new LinkedHashMap<String, Object>();
        after.put("rows", rows.size());
        after.put("mode", mode.name());
        after.put("created", created);
        after.put("updated", updated);
        after.put("openingStockRows", openingStockRows);
        if (fileName != null) {
            after.put("fileName", fileName);
        }
        events.publishEvent(new ProductAudited(AuditRecord.of(actor, "product.imported", "product-import", importId)
                .withAfter(after)));
        return new Outcome(created, updated);
    }

    private record Change(ProductDetails before, ProductDetails after) {
    }

    /**
     * The existing products the batch's rows change, locked, each with its new state: the row's fields over the
     * stored product, whose description, picture, stock tracking and archiving stay as they are. Rows identical to
     * their product are left out.
     */
    private List<Change> changes(List<ImportPlan.Row> batch, Map<String, UUID> categoryIds, Instant now) {
        var ids = batch.stream().map(ImportPlan.Row::productId).filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        var stored = new HashMap<UUID, ProductDetails>();
        records.withBarcodes(jdbc.sql("select " + ProductRecords.COLUMNS + " from ca_product p where p.id in (:ids) "
                        + "for update").param("ids", ids).query(ProductRecords::map).list())
                .forEach(product -> stored.put(product.id().value(), product));
        var changes = new ArrayList<Change>();
        for (var row : batch) {
            if (row.productId() == null) {
                continue;
            }
            var before = stored.get(row.productId());
            if (before == null) {
                throw new IllegalStateException("the product of SKU " + row.sku() + " was removed meanwhile");
            }
            var after = new ProductDetails(before.id(), before.sku(), row.name(), before.description(), row.barcodes(),
                    categoryIds.get(row.categoryPath()), row.unit(), row.priceKobo(), row.costKobo(), row.vatClass(),
                    before.trackStock(), before.active(), before.imageFileId(), before.createdAt(), now);
            if (!ProductStates.sameAs(before, after)) {
                changes.add(new Change(before, after));
            }
        }
        return changes;
    }

    /** Path → id for every category the rows name, creating the missing ones (and their parents). */
    private Map<String, UUID> categoryIds(List<ImportPlan.Row> rows, Instant now) {
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
