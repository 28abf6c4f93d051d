package com.astroaxis.identity.internal;

import com.astroaxis.identity.SecurityEventOccurred;
import com.astroaxis.platform.audit.AuditRecord;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes the identity module's security events, which the audit trail records in the same transaction. */
@Component
class SecurityEvents {

    private final ApplicationEventPublisher events;

    SecurityEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    void record(AuditRecord record) {
        events.publishEvent(new SecurityEventOccurred(record));
    }
}
