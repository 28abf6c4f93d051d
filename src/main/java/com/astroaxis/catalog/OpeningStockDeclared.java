package com.astroaxis.catalog;

import java.util.List;
import java.util.UUID;

import com.astroaxis.platform.quantity.Quantity;

/**
 * A product import declared opening stock: one event per batch of imported rows, published inside the import's
 * transaction right after those products' {@link ProductSaved} events. The inventory module records every line as a
 * receipt in that same transaction, so the import commits or fails as a whole.
 *
 * @param document the import that declared it, e.g. {@code import 0b0c…}
 * @param lines    in the file's order; never empty
 */
public record OpeningStockDeclared(String document, List<Line> lines) {

    public OpeningStockDeclared {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an opening stock declaration has at least one line");
        }
    }

    /** Opening stock of one product at one branch, received at the given unit cost. */
    public record Line(ProductId productId, UUID branchId, Quantity quantity, long unitCostKobo) {
    }
}
