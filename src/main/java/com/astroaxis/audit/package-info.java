/**
 * The audit trail: an append-only, hash-chained record of every change that matters. Modules publish
 * {@link com.astroaxis.platform.audit.AuditableEvent}s inside their transactions; this module appends one entry per
 * event in that same transaction ({@link com.astroaxis.platform.audit.AuditableEvents} carry many, appended in one
 * batch). {@link AuditManagement} verifies the chain and searches it.
 */
@ApplicationModule(displayName = "Audit trail")
package com.astroaxis.audit;

import org.springframework.modulith.ApplicationModule;
