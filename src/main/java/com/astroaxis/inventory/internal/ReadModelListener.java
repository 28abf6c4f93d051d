package com.astroaxis.inventory.internal;

import com.astroaxis.branches.BranchSaved;
import com.astroaxis.catalog.ProductSaved;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the inventory's copy of products and branches, synchronously inside the publisher's transaction: a product
 * created in one request can be adjusted in the next, and a failure here fails the save.
 */
@Component
class ReadModelListener {

    private final Catalogue catalogue;

    ReadModelListener(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @EventListener
    void on(ProductSaved event) {
        catalogue.save(event.product());
    }

    @EventListener
    void on(BranchSaved event) {
        catalogue.save(event.branch());
    }
}
