package com.astroaxis.inventory;

import com.astroaxis.catalog.ProductId;

/** A receipt moved a product's weighted-average cost. Published inside the receipt's transaction. */
public record AverageCostChanged(ProductId productId, long previousCostKobo, long costKobo) {
}
