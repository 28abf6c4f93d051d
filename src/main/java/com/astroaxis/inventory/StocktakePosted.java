package com.astroaxis.inventory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.astroaxis.branches.BranchId;
import com.astroaxis.catalog.ProductId;
import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.audit.AuditableEvent;
import com.astroaxis.platform.quantity.Quantity;

/** A stocktake was posted: each counted line and the correction it put into the ledger. */
public record StocktakePosted(UUID stocktakeId, BranchId branchId, List<Correction> corrections)
        implements AuditableEvent {

    public record Correction(ProductId productId, Quantity counted, Quantity correction) {
    }

    public StocktakePosted {
        corrections = List.copyOf(corrections);
    }

    @Override
    public AuditRecord auditRecord() {
        var lines = corrections.stream().filter(c -> c.correction().milli() != 0)
                .map(c -> Map.<String, Object>of("productId", c.productId().toString(),
                        "counted", c.counted().toString(), "correction", c.correction().toString()))
                .toList();
        return AuditRecord.of(null, "stocktake.posted", "stocktake", stocktakeId)
                .withBefore(Map.of("status", "OPEN"))
                .withAfter(Map.of("status", "POSTED", "branchId", branchId.toString(),
                        "countedLines", corrections.size(), "corrections", lines))
                .because("stocktake count: " + lines.size() + " of " + corrections.size() + " counted lines corrected");
    }
}
