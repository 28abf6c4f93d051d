package com.astroaxis.inventory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.astroaxis.branches.BranchId;
import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.audit.AuditableEvent;

/**
 * A purchase order was created, ordered or received against ({@code change}: created, ordered, received). For a
 * receipt, {@code lines} are the quantities received this time; otherwise the lines ordered.
 */
public record PurchaseOrderChanged(UUID orderId, String change, UUID supplierId, BranchId branchId,
                                   String previousStatus, String status, List<StockLine> lines)
        implements AuditableEvent {

    public PurchaseOrderChanged {
        lines = List.copyOf(lines);
    }

    @Override
    public AuditRecord auditRecord() {
        var record = AuditRecord.of(null, "purchase-order." + change, "purchase-order", orderId)
                .withAfter(Map.of("status", status, "supplierId", supplierId.toString(),
                        "branchId", branchId.toString(), "lines", lines.stream().map(StockLine::state).toList()))
                .because(switch (change) {
                    case "created" -> "purchase order drafted";
                    case "ordered" -> "purchase order sent to the supplier";
                    default -> "goods received against the purchase order";
                });
        return previousStatus == null ? record : record.withBefore(Map.of("status", previousStatus));
    }
}
