package com.astroaxis.inventory;

import java.util.Map;
import java.util.UUID;

import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.audit.AuditableEvent;

/** A supplier was added. */
public record SupplierCreated(UUID supplierId, String name) implements AuditableEvent {

    @Override
    public AuditRecord auditRecord() {
        return AuditRecord.of(null, "supplier.created", "supplier", supplierId).withAfter(Map.of("name", name))
                .because("new supplier");
    }
}
