package com.astroaxis.inventory;

import java.util.LinkedHashMap;
import java.util.UUID;

import com.astroaxis.branches.BranchId;
import com.astroaxis.catalog.ProductId;
import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.audit.AuditableEvent;
import com.astroaxis.platform.quantity.Quantity;

/** Someone adjusted a level by hand (found, damaged, expired, theft, correction, other) with a reason. */
public record StockAdjusted(UUID movementId, ProductId productId, BranchId branchId, Quantity quantity,
                            Quantity levelAfter, String reasonCode, String note) implements AuditableEvent {

    @Override
    public AuditRecord auditRecord() {
        var after = new LinkedHashMap<String, Object>();
        after.put("productId", productId.toString());
        after.put("branchId", branchId.toString());
        after.put("quantity", quantity.toString());
        after.put("levelAfter", levelAfter.toString());
        after.put("reasonCode", reasonCode);
        if (note != null) {
            after.put("note", note);
        }
        return AuditRecord.of(null, "stock.adjusted", "stock-movement", movementId).withAfter(after)
                .because(note == null ? reasonCode : reasonCode + ": " + note);
    }
}
