package com.astroaxis.inventory.internal;

import java.util.List;
import java.util.UUID;

import com.astroaxis.branches.BranchId;
import com.astroaxis.catalog.ProductId;
import com.astroaxis.inventory.MovementKind;
import com.astroaxis.inventory.ReorderLevelSet;
import com.astroaxis.inventory.StockAdjusted;
import com.astroaxis.platform.quantity.Quantity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Levels, adjustments by hand, reorder levels and the movement list, for the stock endpoints. */
@Service
public class StockService {

    private final Ledger ledger;
    private final StockLevels levels;
    private final LevelQueries queries;
    private final Movements movements;
    private final OversoldFlags oversold;
    private final ApplicationEventPublisher events;

    StockService(Ledger ledger, StockLevels levels, LevelQueries queries, Movements movements, OversoldFlags oversold,
                 ApplicationEventPublisher events) {
        this.ledger = ledger;
        this.levels = levels;
        this.queries = queries;
        this.movements = movements;
        this.oversold = oversold;
        this.events = events;
    }

    public record AdjustCommand(UUID branchId, UUID productId, Quantity quantity, ReasonCode reasonCode, String note) {
    }

    @Transactional
    public StockViews.Adjustment adjust(AdjustCommand command) {
        require(command.branchId(), "branchId");
        require(command.productId(), "productId");
        if (command.reasonCode() == null) {
            throw Refusals.invalid("reasonCode", "is required: one of FOUND, DAMAGED, EXPIRED, THEFT, CORRECTION, OTHER");
        }
        var note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        if (command.reasonCode().needsNote() && note == null) {
            throw Refusals.invalid("note", "is required when the reason is OTHER");
        }
        var quantity = command.quantity();
        if (quantity == null || quantity.milli() == 0) {
            throw Refusals.invalid("quantity", "must not be 0: positive adds stock, negative removes it");
        }
        int sign = command.reasonCode().sign();
        if (sign != 0 && Long.signum(quantity.milli()) != sign) {
            throw Refusals.invalid("quantity", command.reasonCode() + (sign > 0 ? " adds stock: the quantity is "
                    + "positive" : " removes stock: the quantity is negative"));
        }
        BranchAccess.require(command.branchId());
        var recorded = ledger.post(new Ledger.Entry(command.productId(), command.branchId(), MovementKind.ADJUSTMENT,
                quantity, command.reasonCode().name(), note, "adjustment", null, null, "quantity"));
        events.publishEvent(new StockAdjusted(recorded.movementId(), recorded.productId(), recorded.branchId(),
                quantity, recorded.levelAfter(), command.reasonCode().name(), note));
        return new StockViews.Adjustment(recorded.movementId(), command.productId(), command.branchId(), quantity,
                command.reasonCode().name(), note, recorded.levelAfter());
    }

    @Transactional
    public StockViews.ReorderLevel setReorderLevel(UUID productId, UUID branchId, Quantity level) {
        require(productId, "productId");
        require(branchId, "branchId");
        if (level == null) {
            throw Refusals.invalid("level", "is required");
        }
        QuantityRules.notNegative(level, "level");
        BranchAccess.require(branchId);
        var product = ledger.stockedProduct(productId);
        ledger.branch(branchId);
        QuantityRules.fitsUnit(product, level, "level");
        var previous = levels.reorderLevel(productId, branchId);
        levels.lock(productId, branchId); // a level row (zero when new) lists the product at the branch
        levels.setReorderLevel(productId, branchId, level.milli());
        events.publishEvent(new ReorderLevelSet(new ProductId(productId), new BranchId(branchId),
                previous.isPresent() ? Quantity.ofMilli(previous.getAsLong()) : null, level));
        return new StockViews.ReorderLevel(productId, branchId, level);
    }

    @Transactional(readOnly = true)
    public List<StockViews.Level> levels(UUID branchId, UUID productId, boolean lowOnly) {
        if (branchId != null) {
            BranchAccess.require(branchId);
        }
        return queries.levels(branchId, productId, BranchAccess.visible(), lowOnly);
    }

    @Transactional(readOnly = true)
    public StockViews.Page<Movement> movements(UUID productId, UUID branchId, Paging paging) {
        if (branchId != null) {
            BranchAccess.require(branchId);
        }
        var visible = BranchAccess.visible();
        return new StockViews.Page<>(movements.search(productId, branchId, visible, paging.page(), paging.size()),
                paging.page(), paging.size(), movements.count(productId, branchId, visible));
    }

    /** Movements that took a level below zero (branches that allow it), newest first: for a count to look into. */
    @Transactional(readOnly = true)
    public StockViews.Page<StockViews.Oversold> oversold(UUID branchId, Paging paging) {
        if (branchId != null) {
            BranchAccess.require(branchId);
        }
        var visible = BranchAccess.visible();
        return new StockViews.Page<>(oversold.search(branchId, visible, paging.page(), paging.size()),
                paging.page(), paging.size(), oversold.count(branchId, visible));
    }

    static void require(Object value, String field) {
        if (value == null) {
            throw Refusals.invalid(field, "is required");
        }
    }
}
