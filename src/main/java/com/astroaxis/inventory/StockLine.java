package com.astroaxis.inventory;

import com.astroaxis.catalog.ProductId;
import com.astroaxis.platform.quantity.Quantity;

/** A product and a quantity of it, as lines of transfers, counts and orders appear in events. */
public record StockLine(ProductId productId, Quantity quantity) {

    java.util.Map<String, Object> state() {
        return java.util.Map.of("productId", productId.toString(), "quantity", quantity.toString());
    }
}
