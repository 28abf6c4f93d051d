package com.astroaxis.catalog;

import java.util.UUID;

import com.astroaxis.platform.quantity.Quantity;

/**
 * A product import declared opening stock for a branch. Published inside the import's transaction, right after the
 * product's {@link ProductSaved}; the inventory module records it as a receipt in that same transaction, so the
 * import commits or fails as a whole.
 */
public record OpeningStockDeclared(ProductId productId, UUID branchId, Quantity quantity, long unitCostKobo,
                                   String document) {
}
