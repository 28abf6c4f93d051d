package com.astroaxis.branches.internal;

import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.audit.AuditableEvent;

/** A branch was created or changed: the audit trail's record of it (who, before, after). */
record BranchAudited(AuditRecord auditRecord) implements AuditableEvent {
}
