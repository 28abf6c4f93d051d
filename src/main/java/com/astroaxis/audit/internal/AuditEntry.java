package com.astroaxis.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One row of {@code au_entry}, exactly as stored. The time is kept to the microsecond, as PostgreSQL stores it, so
 * that the hash computed before writing is the hash of what is read back.
 */
record AuditEntry(long sequence, UUID entryId, Instant occurredAt, String actor, String action, String objectType,
                  String objectId, String beforeState, String afterState, String reason, String requestId,
                  String clientIp, String prevHash, String hash) {

    AuditEntry {
        occurredAt = occurredAt == null ? null : occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** The same entry with the hash of its content and previous hash. */
    AuditEntry sealed() {
        return new AuditEntry(sequence, entryId, occurredAt, actor, action, objectType, objectId, beforeState,
                afterState, reason, requestId, clientIp, prevHash, EntryHashing.hash(this));
    }
}
