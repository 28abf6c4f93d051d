package com.astroaxis.inventory;

import com.astroaxis.branches.BranchId;
import com.astroaxis.catalog.ProductId;
import com.astroaxis.platform.quantity.Quantity;

/**
 * What other modules may ask of the inventory. Each call joins the caller's transaction, so a sale and its stock
 * movement commit or roll back together. Refusals are {@code ProblemException}s: an unknown product or branch (404),
 * a product whose stock is not tracked (409), a fraction of a piece (400), too little stock at a branch that blocks
 * overselling (409).
 * <p>
 * Lock order: a movement locks its level row until the transaction ends, and inventory's own writes publish their
 * audit events after their movements. Callers that also audit should do the same (record the movement first, then
 * publish their auditable event), so that two transactions never wait for each other in opposite orders.
 */
public interface InventoryManagement {

    /** The level of a product at a branch: the sum of its movements there (zero when none). */
    Quantity level(ProductId product, BranchId branch);

    /**
     * Records a {@link MovementKind#SALE} (stock goes out) or a {@link MovementKind#RETURN} (stock comes back) of a
     * positive quantity, caused by a document such as {@code sale}/its id.
     */
    RecordedMovement record(MovementKind kind, ProductId product, BranchId branch, Quantity quantity,
                            String documentType, String documentId);

    /** Records goods received at a branch at a unit cost, and moves the product's weighted-average cost. */
    RecordedMovement receive(ProductId product, BranchId branch, Quantity quantity, long unitCostKobo,
                             String documentType, String documentId);
}
