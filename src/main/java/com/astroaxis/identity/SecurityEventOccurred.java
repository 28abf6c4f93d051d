package com.astroaxis.identity;

import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.audit.AuditableEvent;

/**
 * Something that matters for security happened: a sign-in, a lockout, a session ended, a user, role or permission
 * changed, an authenticator enrolled. Recorded in the audit trail.
 */
public record SecurityEventOccurred(AuditRecord auditRecord) implements AuditableEvent {
}
