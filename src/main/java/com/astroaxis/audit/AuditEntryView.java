package com.astroaxis.audit;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One audit entry as it is shown: every field is present, null when it was not recorded. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuditEntryView(long sequence, Instant occurredAt, String actor, String action, String objectType,
                             String objectId, Map<String, Object> before, Map<String, Object> after, String reason,
                             String requestId, String clientIp) {
}
