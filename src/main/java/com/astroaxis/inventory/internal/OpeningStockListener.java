package com.astroaxis.inventory.internal;

import com.astroaxis.catalog.OpeningStockDeclared;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Opening stock from a product import becomes a receipt, inside the import's transaction (all or nothing). */
@Component
class OpeningStockListener {

    static final String DOCUMENT_TYPE = "opening-stock";
    private final DefaultInventoryManagement inventory;

    OpeningStockListener(DefaultInventoryManagement inventory) {
        this.inventory = inventory;
    }

    @EventListener
    void on(OpeningStockDeclared event) {
        inventory.receive(event.productId().value(), event.branchId(), event.quantity(), event.unitCostKobo(),
                DOCUMENT_TYPE, event.document(), "opening_quantity");
    }
}
