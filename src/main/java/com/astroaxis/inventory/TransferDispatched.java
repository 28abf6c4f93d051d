package com.astroaxis.inventory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import com.astroaxis.branches.BranchId;
import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.audit.AuditableEvent;

/** Stock left one branch for another: in transit until the receiving branch records what arrived. */
public record TransferDispatched(UUID transferId, BranchId fromBranchId, BranchId toBranchId, List<StockLine> lines,
                                 String note) implements AuditableEvent {

    public TransferDispatched {
        lines = List.copyOf(lines);
    }

    @Override
    public AuditRecord auditRecord() {
        var after = new LinkedHashMap<String, Object>();
        after.put("fromBranchId", fromBranchId.toString());
        after.put("toBranchId", toBranchId.toString());
        after.put("status", "DISPATCHED");
        after.put("lines", lines.stream().map(StockLine::state).toList());
        return AuditRecord.of(null, "stock.transfer-dispatched", "transfer", transferId).withAfter(after)
                .because(note == null || note.isBlank() ? "transfer to another branch" : note);
    }
}
