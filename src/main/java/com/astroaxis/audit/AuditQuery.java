package com.astroaxis.audit;

import java.time.Instant;

/**
 * A search of the audit trail: entries by one actor and/or of one action, occurring in {@code [from, to)}, one page
 * of {@code size} entries, newest first. Null filters match everything.
 */
public record AuditQuery(String actor, String action, Instant from, Instant to, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** @throws IllegalArgumentException naming the parameter that is out of range */
    public AuditQuery {
        actor = blankToNull(actor);
        action = blankToNull(action);
        if (page < 0) {
            throw new IllegalArgumentException("'page' must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("'size' must be between 1 and " + MAX_SIZE);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("'from' must be before 'to'");
        }
    }

    public static AuditQuery firstPage() {
        return new AuditQuery(null, null, null, null, 0, DEFAULT_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
