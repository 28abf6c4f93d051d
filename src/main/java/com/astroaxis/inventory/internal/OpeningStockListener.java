package com.astroaxis.inventory.internal;

import com.astroaxis.catalog.OpeningStockDeclared;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Opening stock from a product import becomes receipts, inside the import's transaction (all or nothing). */
@Component
class OpeningStockListener {

    static final String DOCUMENT_TYPE = "opening-stock";
    private final BatchReceipts receipts;

    OpeningStockListener(BatchReceipts receipts) {
        this.receipts = receipts;
    }

    @EventListener
    void on(OpeningStockDeclared event) {
        receipts.receive(event.lines().stream()
                .map(line -> new BatchReceipts.Line(line.productId().value(), line.branchId(), line.quantity(),
                        line.unitCostKobo()))
                .toList(), DOCUMENT_TYPE, event.document(), "opening_quantity");
    }
}
