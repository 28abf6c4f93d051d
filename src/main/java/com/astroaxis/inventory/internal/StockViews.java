package com.astroaxis.inventory.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.astroaxis.inventory.MovementKind;
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

    /**
     * A movement that took a level below zero at a branch that allows it: {@code quantity} is the movement's (signed),
     * {@code levelAfter} the level it left.
     */
    public record Oversold(UUID movementId, UUID productId, String sku, String name, String unit, UUID branchId,
                           String branchCode, MovementKind kind, Quantity quantity, Quantity levelAfter, String actor,
                           Instant occurredAt, Instant flaggedAt, String documentType, String documentId) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }
}
