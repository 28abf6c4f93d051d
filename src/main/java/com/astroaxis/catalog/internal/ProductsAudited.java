package com.astroaxis.catalog.internal;

import java.util.List;

import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.audit.AuditableEvents;

/** Changes of many products at once (a batch of an import), one audit entry each, appended together. */
record ProductsAudited(List<AuditRecord> auditRecords) implements AuditableEvents {

    ProductsAudited {
        auditRecords = List.copyOf(auditRecords);
    }
}
