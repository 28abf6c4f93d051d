package com.astroaxis.inventory.internal;

import java.util.List;
import java.util.UUID;

import com.astroaxis.platform.quantity.Quantity;

/** What the stock endpoints answer. */
public final class StockViews {

    private StockViews() {
    }

    /** A level at a branch; {@code reorderLevel} is null when none is set. */
    public record Level(UUID productId, UUID branchId, String sku, String name, String unit, String branchCode,
                        Quantity quantity, Quantity reorderLevel, boolean low, long costKobo) {
    }

    public record Adjustment(UUID movementId, UUID productId, UUID branchId, Quantity quantity, String reasonCode,
                             String note, Quantity quantityAfter) {
    }

    public record ReorderLevel(UUID productId, UUID branchId, Quantity level) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }
}
