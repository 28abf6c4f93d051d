package com.astroaxis.inventory.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import com.astroaxis.branches.BranchId;
import com.astroaxis.branches.OversellPolicy;
import com.astroaxis.catalog.ProductId;
import com.astroaxis.inventory.MovementKind;
import com.astroaxis.inventory.RecordedMovement;
import com.astroaxis.inventory.StockLow;
import com.astroaxis.platform.quantity.Quantity;
import com.astroaxis.platform.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes movements: each one and the change of its level happen in one transaction, the level by an atomic
 * increment. A branch that blocks overselling refuses sales, transfers and adjustments that would go below zero
 * (the guard is part of the increment, so two simultaneous sales cannot both take the last item); one that allows it
 * lets the level go negative and flags the movement. A level that crosses its reorder level from above publishes
 * {@link StockLow}.
 */
@Component
class Ledger {

    /** A movement to write; {@code quantity} is signed, {@code field} names where the caller sent it. */
    record Entry(UUID productId, UUID branchId, MovementKind kind, Quantity quantity, String reasonCode, String note,
                 String documentType, String documentId, Long unitCostKobo, String field) {
    }

    private static final Set<MovementKind> OVERSELL_POLICED =
            EnumSet.of(MovementKind.SALE, MovementKind.TRANSFER_OUT, MovementKind.ADJUSTMENT);
    private final Catalogue catalogue;
    private final StockLevels levels;
    private final Movements movements;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Ledger(Catalogue catalogue, StockLevels levels, Movements movements, ApplicationEventPublisher events,
           Clock clock) {
        this.catalogue = catalogue;
        this.levels = levels;
        this.movements = movements;
        this.events = events;
        this.clock = clock;
    }

    /** The product, if movements of it may be recorded: known (404) and with its stock tracked (409). */
    StockProduct stockedProduct(UUID productId) {
        return tracked(catalogue.product(productId).orElseThrow(() -> Refusals.notFound("product", productId)));
    }

    /** The product, if its stock is tracked (409 otherwise). */
    static StockProduct tracked(StockProduct product) {
        if (!product.trackStock()) {
            throw Refusals.conflict("stock-not-tracked", "Stock not tracked",
                    product.sku() + " does not track stock, so it has no levels or movements.");
        }
        return product;
    }

    StockBranch branch(UUID branchId) {
        return catalogue.branch(branchId).orElseThrow(() -> Refusals.notFound("branch", branchId));
    }

    @Transactional
    RecordedMovement post(Entry entry) {
        var product = stockedProduct(entry.productId());
        var branch = branch(entry.branchId());
        QuantityRules.fitsUnit(product, entry.quantity(), entry.field());
        if (entry.quantity().milli() == 0) {
            throw Refusals.invalid(entry.field(), "must not be 0");
        }
        long delta = entry.quantity().milli();
        boolean policed = delta < 0 && OVERSELL_POLICED.contains(entry.kind());
        boolean blocks = policed && branch.oversell() == OversellPolicy.BLOCK;
        var after = levels.add(product.id(), branch.id(), delta, !blocks);
        if (after.isEmpty()) {
            var available = Quantity.ofMilli(levels.current(product.id(), branch.id()).orElse(0L));
            throw Refusals.conflict("insufficient-stock", "Not enough stock", branch.name() + " has " + available
                    + " of " + product.sku() + ", fewer than the " + entry.quantity().negate() + " asked for.")
                    .with("available", available.toDecimal()).with("productId", product.id())
                    .with("branchId", branch.id());
        }
        var now = clock.instant();
        long level = after.getAsLong();
        var movement = new Movement(UUID.randomUUID(), product.id(), branch.id(), entry.kind(), delta, level,
                entry.reasonCode(), entry.note(), CurrentUser.actorName(), now, entry.documentType(),
                entry.documentId(), entry.unitCostKobo());
        movements.append(movement);
        if (policed && level < 0) {
            levels.flagOversold(movement.id(), product.id(), branch.id(), level, now);
        }
        var reorder = levels.reorderLevel(product.id(), branch.id());
        if (reorder.isPresent() && level - delta > reorder.getAsLong() && level <= reorder.getAsLong()) {
            events.publishEvent(new StockLow(new ProductId(product.id()), new BranchId(branch.id()),
                    Quantity.ofMilli(level), Quantity.ofMilli(reorder.getAsLong())));
        }
        return new RecordedMovement(movement.id(), new ProductId(product.id()), new BranchId(branch.id()),
                entry.kind(), entry.quantity(), Quantity.ofMilli(level));
    }
}
