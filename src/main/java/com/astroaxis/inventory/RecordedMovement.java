package com.astroaxis.inventory;

import java.util.UUID;

import com.astroaxis.branches.BranchId;
import com.astroaxis.catalog.ProductId;
import com.astroaxis.platform.quantity.Quantity;

/** A movement written to the ledger: its signed quantity and the level it left at its branch. */
public record RecordedMovement(UUID movementId, ProductId productId, BranchId branchId, MovementKind kind,
                               Quantity quantity, Quantity levelAfter) {
}
