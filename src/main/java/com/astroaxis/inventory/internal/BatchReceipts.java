package com.astroaxis.inventory.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.astroaxis.catalog.ProductId;
import com.astroaxis.inventory.AverageCostChanged;
import com.astroaxis.inventory.MovementKind;
import com.astroaxis.platform.quantity.Quantity;
import com.astroaxis.platform.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many receipts in one go, as a product import's opening stock arrives (a thousand lines at a time): the same rules
 * and the same result as {@link DefaultInventoryManagement#receive} line by line (every line a movement in the ledger,
 * levels equal to the ledger's sum, the weighted-average cost moved line after line in the given order), but with a
 * handful of statements per batch instead of a dozen per line. The products' rows are locked first, as a single
 * receipt locks its product's row, so receipts of the same products elsewhere queue behind the batch.
 *
 * <p>Receipts only add stock, so they never oversell and never take a level down across its reorder level.
 */
@Component
class BatchReceipts {

    /** One receipt; {@code quantity} is positive. */
    record Line(UUID productId, UUID branchId, Quantity quantity, long unitCostKobo) {
    }

    private static final String INSERT_MOVEMENT = """
            insert into in_movement (id, product_id, branch_id, kind, quantity_milli, level_after_milli, reason_code,
                                     note, actor, occurred_at, document_type, document_id, unit_cost_kobo)
            values (?, ?, ?, ?, ?, ?, null, null, ?, ?, ?, ?, ?)""";
    private static final String INCREASE_LEVEL = "update in_stock_level set quantity_milli = quantity_milli + ?, "
            + "version = version + 1 where product_id = ? and branch_id = ?";
    private static final String INSERT_LEVEL =
            "insert into in_stock_level (product_id, branch_id, quantity_milli, version) values (?, ?, ?, 1)";
    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final Ledger ledger;
    private final Catalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BatchReceipts(JdbcClient jdbc, JdbcTemplate batches, Ledger ledger, Catalogue catalogue,
                  ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
    }

    /** Records every line or, when one is refused (naming {@code field}), none: the caller's transaction rolls back. */
    @Transactional
    void receive(List<Line> lines, String documentType, String documentId, String field) {
        if (lines.isEmpty()) {
            return;
        }
        var productIds = new LinkedHashSet<UUID>();
        lines.forEach(line -> productIds.add(line.productId()));
        var products = new HashMap<UUID, StockProduct>();
        catalogue.productsForUpdate(productIds).forEach(product -> products.put(product.id(), product));
        for (var branchId : new LinkedHashSet<>(lines.stream().map(Line::branchId).toList())) {
            ledger.branch(branchId);
        }
        var onHand = onHand(productIds);
        var existingLevels = existingLevels(productIds);
        var levels = new HashMap<>(existingLevels);

        var costs = new HashMap<UUID, Long>();
        var increases = new LinkedHashMap<Pair, Long>();
        var now = clock.instant();
        var at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        var actor = CurrentUser.actorName();
        var movements = new ArrayList<Object[]>(lines.size());
        for (var line : lines) {
            var product = products.get(line.productId());
            if (product == null) {
                throw Refusals.notFound("product", line.productId());
            }
            Ledger.tracked(product);
            QuantityRules.positive(line.quantity(), field);
            QuantityRules.fitsUnit(product, line.quantity(), field);
            if (line.unitCostKobo() < 0) {
                throw Refusals.invalid("unitCostKobo", "must not be negative");
            }
            long held = onHand.getOrDefault(product.id(), 0L);
            long cost = costs.getOrDefault(product.id(), product.costKobo());
            costs.put(product.id(), WeightedAverageCost.after(Quantity.ofMilli(held), cost, line.quantity(),
                    line.unitCostKobo()));
            onHand.put(product.id(), Math.addExact(held, line.quantity().milli()));
            var pair = new Pair(product.id(), line.branchId());
            increases.merge(pair, line.quantity().milli(), Math::addExact);
            long levelAfter = levels.merge(pair, line.quantity().milli(), Math::addExact);
            movements.add(new Object[] {UUID.randomUUID(), product.id(), line.branchId(), MovementKind.RECEIPT.name(),
                    line.quantity().milli(), levelAfter, actor, at, documentType, documentId, line.unitCostKobo()});
        }

        var updates = new ArrayList<Object[]>();
        var inserts = new ArrayList<Object[]>();
        increases.forEach((pair, milli) -> {
            if (existingLevels.containsKey(pair)) {
                updates.add(new Object[] {milli, pair.product(), pair.branch()});
            } else {
                inserts.add(new Object[] {pair.product(), pair.branch(), milli});
            }
        });
        batches.batchUpdate(INCREASE_LEVEL, updates);
        batches.batchUpdate(INSERT_LEVEL, inserts);
        batches.batchUpdate(INSERT_MOVEMENT, movements);
        var changed = new HashMap<UUID, Long>();
        costs.forEach((productId, cost) -> {
            long before = products.get(productId).costKobo();
            if (cost != before) {
                changed.put(productId, cost);
                events.publishEvent(new AverageCostChanged(new ProductId(productId), before, cost));
            }
        });
        catalogue.setCosts(changed);
    }

    private record Pair(UUID product, UUID branch) {
    }


    /** On hand across every branch, per product: the weight of the old cost in the weighted average. */
    private Map<UUID, Long> onHand(Set<UUID> ids) {
        var totals = new HashMap<UUID, Long>();
        jdbc.sql("select product_id, sum(quantity_milli) from in_stock_level where product_id in (:ids) "
                        + "group by product_id")
                .param("ids", ids)
                .query(row -> {
                    totals.put(row.getObject(1, UUID.class), row.getLong(2));
                });
        return totals;
    }

    /**
     * The level of every (product, branch) row of these products, locked like an increment locks it, so that the
     * level after each receipt is exact: a sale of one of them at the same moment waits for the batch.
     */
    private Map<Pair, Long> existingLevels(Set<UUID> ids) {
        var levels = new HashMap<Pair, Long>();
        jdbc.sql("select product_id, branch_id, quantity_milli from in_stock_level where product_id in (:ids) "
                        + "for update")
                .param("ids", ids)
                .query(row -> {
                    levels.put(new Pair(row.getObject(1, UUID.class), row.getObject(2, UUID.class)), row.getLong(3));
                });
        return levels;
    }
}
