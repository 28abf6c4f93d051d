package com.astroaxis.catalog.internal;

import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.audit.AuditableEvent;

/** A product, category or import change as the audit trail records it. */
record ProductAudited(AuditRecord auditRecord) implements AuditableEvent {
}
