package com.astroaxis.inventory.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.astroaxis.platform.quantity.Quantity;

/** A purchase order: DRAFT → ORDERED → PARTIALLY_RECEIVED / RECEIVED. */
public record PurchaseOrderView(UUID id, UUID supplierId, UUID branchId, String status, String createdBy,
                                Instant createdAt, Instant orderedAt, long totalKobo, List<Line> lines) {

    public record Line(UUID productId, Quantity quantity, long unitCostKobo, Quantity received) {
    }

    public record Supplier(UUID id, String name, String phone, String email, String address, Instant createdAt) {
    }
}
