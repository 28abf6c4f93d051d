package com.astroaxis.inventory.internal;

import java.time.Instant;
import java.util.UUID;

import com.astroaxis.inventory.MovementKind;

/**
 * One row of the ledger. {@code quantityMilli} is signed: + came in, − went out; {@code levelAfterMilli} is the
 * level at the branch right after it.
 */
public record Movement(UUID id, UUID productId, UUID branchId, MovementKind kind, long quantityMilli,
                       long levelAfterMilli, String reasonCode, String note, String actor, Instant occurredAt, String documentType,
                       String documentId, Long unitCostKobo) {
}
