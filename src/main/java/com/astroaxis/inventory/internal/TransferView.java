package com.astroaxis.inventory.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.astroaxis.platform.quantity.Quantity;

/** A transfer as the API shows it: received and shortfall are null until it is received. */
public record TransferView(UUID id, UUID fromBranchId, UUID toBranchId, String status, String note,
                           String dispatchedBy, Instant dispatchedAt, String receivedBy, Instant receivedAt,
                           List<Line> lines) {

    public record Line(UUID productId, Quantity sent, Quantity received, Quantity shortfall) {
    }

    TransferView withLines(List<Line> lines) {
        return new TransferView(id, fromBranchId, toBranchId, status, note, dispatchedBy, dispatchedAt, receivedBy,
                receivedAt, List.copyOf(lines));
    }
}
