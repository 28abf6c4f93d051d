package com.astroaxis.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Chains of audit entries for the unit tests, sealed by the real hashing. */
final class Entries {

    static final List<String> COLUMNS = List.of("sequence_number", "entry_id", "occurred_at", "actor", "action",
            "object_type", "object_id", "before_state", "after_state", "reason", "request_id", "client_ip", "prev_hash",
            "hash");
    static final Instant T0 = Instant.parse("2026-11-21T08:00:00.123456Z");

    private Entries() {
    }

    static AuditEntry entry(long sequence, String prevHash) {
        return new AuditEntry(sequence, new UUID(0, sequence), T0.plusSeconds(sequence), "ada", "sale.voided",
                "sale", "S-" + sequence, "{\"status\":\"paid\"}", "{\"status\":\"voided\"}", "customer changed mind",
                "req-0000" + sequence, "10.0.0.7", prevHash, null).sealed();
    }

    /** Entries 1..n, correctly chained. */
    static List<AuditEntry> chain(int n) {
        var chain = new ArrayList<AuditEntry>();
        var previous = EntryHashing.GENESIS;
        for (long sequence = 1; sequence <= n; sequence++) {
            var entry = entry(sequence, previous);
            chain.add(entry);
            previous = entry.hash();
        }
        return chain;
    }

    static ChainHead headOf(List<AuditEntry> chain) {
        return chain.isEmpty() ? new ChainHead(0, EntryHashing.GENESIS)
                : new ChainHead(chain.getLast().sequence(), chain.getLast().hash());
    }

    /** The entry with one column changed and its stored hash left as it was, as a tamperer would leave it. */
    static AuditEntry with(AuditEntry e, String column, Object value) {
        var fields = new Object[] {e.sequence(), e.entryId(), e.occurredAt(), e.actor(), e.action(), e.objectType(),
                e.objectId(), e.beforeState(), e.afterState(), e.reason(), e.requestId(), e.clientIp(), e.prevHash(),
                e.hash()};
        int index = COLUMNS.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        fields[index] = value;
        return new AuditEntry((Long) fields[0], (UUID) fields[1], (Instant) fields[2], (String) fields[3],
                (String) fields[4], (String) fields[5], (String) fields[6], (String) fields[7], (String) fields[8],
                (String) fields[9], (String) fields[10], (String) fields[11], (String) fields[12], (String) fields[13]);
    }
}
