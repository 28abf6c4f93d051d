package com.astroaxis.platform.audit;

/**
 * An event that must appear in the audit trail. Publish it inside the transaction that made the change: the audit
 * module appends the entry in that same transaction, so the change and its record commit or roll back together.
 */
public interface AuditableEvent {

    AuditRecord auditRecord();
}
