package com.astroaxis.inventory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.astroaxis.branches.BranchId;
import com.astroaxis.catalog.ProductId;
import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.audit.AuditableEvent;
import com.astroaxis.platform.quantity.Quantity;

/** A transfer arrived: per line what was sent, what was received and the shortfall between them. */
public record TransferReceived(UUID transferId, BranchId fromBranchId, BranchId toBranchId, List<Line> lines)
        implements AuditableEvent {

    public record Line(ProductId productId, Quantity sent, Quantity received, Quantity shortfall) {
    }

    public TransferReceived {
        lines = List.copyOf(lines);
    }

    public Quantity totalShortfall() {
        return lines.stream().map(Line::shortfall).reduce(Quantity.ZERO, Quantity::plus);
    }

    @Override
    public AuditRecord auditRecord() {
        var state = lines.stream().map(line -> Map.<String, Object>of("productId", line.productId().toString(),
                "sent", line.sent().toString(), "received", line.received().toString(),
                "shortfall", line.shortfall().toString())).toList();
        var shortfall = totalShortfall();
        return AuditRecord.of(null, "stock.transfer-received", "transfer", transferId)
                .withBefore(Map.of("status", "DISPATCHED"))
                .withAfter(Map.of("status", "RECEIVED", "toBranchId", toBranchId.toString(), "lines", state,
                        "shortfall", shortfall.toString()))
                .because(shortfall.isPositive() ? "received with a shortfall of " + shortfall : "received in full");
    }
}
