package com.astroaxis.inventory;

import java.util.Map;

import com.astroaxis.branches.BranchId;
import com.astroaxis.catalog.ProductId;
import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.audit.AuditableEvent;
import com.astroaxis.platform.quantity.Quantity;

/** A product's reorder level at a branch was set (previous is null when there was none). */
public record ReorderLevelSet(ProductId productId, BranchId branchId, Quantity previous, Quantity level)
        implements AuditableEvent {

    @Override
    public AuditRecord auditRecord() {
        var record = AuditRecord.of(null, "stock.reorder-level-set", "reorder-level", productId + "@" + branchId)
                .withAfter(Map.of("productId", productId.toString(), "branchId", branchId.toString(),
                        "level", level.toString()))
                .because("reorder level set to " + level);
        return previous == null ? record : record.withBefore(Map.of("level", previous.toString()));
    }
}
