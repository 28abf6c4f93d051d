package com.astroaxis.platform.audit;

import java.util.List;

/**
 * Several changes that must appear in the audit trail, one entry each, in this order: published like an
 * {@link AuditableEvent} inside the transaction that made them, but appended in one go (one turn at the chain's lock,
 * one batch of inserts), for the bulk operations that change thousands of objects at once.
 */
public interface AuditableEvents {

    List<AuditRecord> auditRecords();
}
