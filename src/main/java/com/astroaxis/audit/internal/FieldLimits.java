package com.astroaxis.audit.internal;

import com.astroaxis.platform.audit.AuditRecord;

/** The column widths of {@code au_entry}, checked before anything is written so the refusal says which field. */
final class FieldLimits {

    static final int ACTOR = 200;
    static final int ACTION = 200;
    static final int OBJECT_TYPE = 100;
    static final int OBJECT_ID = 200;

    private FieldLimits() {
    }

    static void check(String actor, AuditRecord record) {
        within("actor", actor, ACTOR);
        within("action", record.action(), ACTION);
        within("object type", record.objectType(), OBJECT_TYPE);
        within("object id", record.objectId(), OBJECT_ID);
    }

    private static void within(String field, String value, int limit) {
        if (value != null && value.length() > limit) {
            throw new IllegalArgumentException("an audit entry's " + field + " has at most " + limit + " characters");
        }
    }
}
