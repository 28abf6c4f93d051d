package com.astroaxis.platform.audit;

import java.util.Map;

/**
 * What the audit trail keeps of one change: who (null: the signed-in user, or "system"), what ({@code action} such
 * as {@code user.created}), on which object, its state before and after (maps of plain values; never passwords,
 * hashes, codes or secrets) and why. The request id and client address are added from the request.
 */
public record AuditRecord(String actor, String action, String objectType, String objectId,
                          Map<String, Object> before, Map<String, Object> after, String reason) {

    public AuditRecord {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audited action needs a name");
        }
        before = before == null ? null : Map.copyOf(before);
        after = after == null ? null : Map.copyOf(after);
    }

    public static AuditRecord of(String actor, String action, String objectType, Object objectId) {
        return new AuditRecord(actor, action, objectType, objectId == null ? null : objectId.toString(), null, null, null);
    }

    public AuditRecord withBefore(Map<String, Object> state) {
        return new AuditRecord(actor, action, objectType, objectId, state, after, reason);
    }

    public AuditRecord withAfter(Map<String, Object> state) {
        return new AuditRecord(actor, action, objectType, objectId, before, state, reason);
    }

    public AuditRecord because(String why) {
        return new AuditRecord(actor, action, objectType, objectId, before, after, why);
    }
}
