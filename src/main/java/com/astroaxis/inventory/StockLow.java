package com.astroaxis.inventory;

import com.astroaxis.branches.BranchId;
import com.astroaxis.catalog.ProductId;
import com.astroaxis.platform.quantity.Quantity;

/**
 * A product's level at a branch fell from above its reorder level to at or below it. Published once per crossing,
 * inside the transaction of the movement that crossed.
 */
public record StockLow(ProductId productId, BranchId branchId, Quantity level, Quantity reorderLevel) {
}
