package com.astroaxis.audit.internal;

import com.astroaxis.audit.AuditManagement;
import com.astroaxis.platform.audit.AuditableEvent;
import com.astroaxis.platform.audit.AuditableEvents;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends an entry for every auditable event (and one for each record of {@link AuditableEvents}), synchronously and
 * inside the publisher's transaction: the entry commits or rolls back with the change, and a failure to record it
 * fails the change.
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

    @EventListener
    void on(AuditableEvents events) {
        audit.recordAll(events.auditRecords());
    }
}
