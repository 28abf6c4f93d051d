package com.astroaxis.audit;

import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.audit.AuditableEvent;

/** Something a test did that must be audited. */
public record Happened(AuditRecord auditRecord) implements AuditableEvent {
}
