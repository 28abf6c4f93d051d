package com.astroaxis.inventory.internal;

import java.util.UUID;

import com.astroaxis.branches.BranchId;
import com.astroaxis.catalog.ProductId;
import com.astroaxis.inventory.AverageCostChanged;
import com.astroaxis.inventory.InventoryManagement;
import com.astroaxis.inventory.MovementKind;
import com.astroaxis.inventory.RecordedMovement;
import com.astroaxis.platform.quantity.Quantity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultInventoryManagement implements InventoryManagement {

    private final Ledger ledger;
    private final StockLevels levels;
    private final Catalogue catalogue;
    private final ApplicationEventPublisher events;

    DefaultInventoryManagement(Ledger ledger, StockLevels levels, Catalogue catalogue,
                               ApplicationEventPublisher events) {
        this.ledger = ledger;
        this.levels = levels;
        this.catalogue = catalogue;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Quantity level(ProductId product, BranchId branch) {
        return Quantity.ofMilli(levels.current(product.value(), branch.value()).orElse(0L));
    }

    @Override
    @Transactional
    public RecordedMovement record(MovementKind kind, ProductId product, BranchId branch, Quantity quantity,
                                   String documentType, String documentId) {
        if (kind != MovementKind.SALE && kind != MovementKind.RETURN) {
            throw new IllegalArgumentException("only sales and returns are recorded this way, not " + kind);
        }
        QuantityRules.positive(quantity, "quantity");
        var signed = kind == MovementKind.SALE ? quantity.negate() : quantity;
        return ledger.post(new Ledger.Entry(product.value(), branch.value(), kind, signed, null, null, documentType,
                documentId, null, "quantity"));
    }

    @Override
    @Transactional
    public RecordedMovement receive(ProductId product, BranchId branch, Quantity quantity, long unitCostKobo,
                                    String documentType, String documentId) {
        return receive(product.value(), branch.value(), quantity, unitCostKobo, documentType, documentId, "quantity");
    }

    /** A receipt, and the product's weighted-average cost moved under a lock of its row (receipts queue). */
    @Transactional
    RecordedMovement receive(UUID product, UUID branch, Quantity quantity, long unitCostKobo, String documentType,
                             String documentId, String field) {
        QuantityRules.positive(quantity, field);
        if (unitCostKobo < 0) {
            throw Refusals.invalid("unitCostKobo", "must not be negative");
        }
        ledger.stockedProduct(product);
        var locked = catalogue.productForUpdate(product).orElseThrow();
        var onHand = Quantity.ofMilli(levels.total(product));
        var movement = ledger.post(new Ledger.Entry(product, branch, MovementKind.RECEIPT, quantity, null, null,
                documentType, documentId, unitCostKobo, field));
        long cost = WeightedAverageCost.after(onHand, locked.costKobo(), quantity, unitCostKobo);
        if (cost != locked.costKobo()) {
            catalogue.setCost(product, cost);
            events.publishEvent(new AverageCostChanged(new ProductId(product), locked.costKobo(), cost));
        }
        return movement;
    }
}
