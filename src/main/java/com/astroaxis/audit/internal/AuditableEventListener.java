package com.astroaxis.audit.internal;

import com.astroaxis.audit.AuditManagement;
import com.astroaxis.platform.audit.AuditableEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends an entry for every auditable event, synchronously and inside the publisher's transaction: the entry
 * commits or rolls back with the change, and a failure to record it fails the change.
 */
@Component
class AuditableEventListener {

    private final AuditManagement audit;

    AuditableEventListener(AuditManagement audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AuditableEvent event) {
        audit.record(event.auditRecord());
    }
}
