package com.astroaxis.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import com.astroaxis.audit.AuditQuery;
import com.astroaxis.platform.time.BusinessCalendar;
import com.astroaxis.platform.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * Reads the query string of {@code GET /api/v1/audit}. {@code from} and {@code to} are instants
 * ({@code 2026-11-21T09:30:00Z}, {@code 2026-11-21T10:30:00+01:00}) or business days in the shop's time zone: a
 * day {@code from} starts at that day's midnight, a day {@code to} includes the whole day. Instants give the
 * half-open range {@code [from, to)}.
 */
final class AuditQueryParameters {

    static final String PROBLEM = "invalid-audit-query";

    private AuditQueryParameters() {
    }

    static AuditQuery parse(BusinessCalendar calendar, String actor, String action, String from, String to,
            String page, String size) {
        var start = time(calendar, "from", from, false);
        var end = time(calendar, "to", to, true);
        int pageNumber = number("page", page, 0);
        int pageSize = number("size", size, AuditQuery.DEFAULT_SIZE);
        try {
            return new AuditQuery(actor, action, start, end, pageNumber, pageSize);
        } catch (IllegalArgumentException refused) {
            throw invalid(refused.getMessage() + ".");
        }
    }

    private static Instant time(BusinessCalendar calendar, String name, String value, boolean endOfRange) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        try {
            if (text.length() == 10) {
                var day = LocalDate.parse(text);
                return calendar.startOf(endOfRange ? day.plusDays(1) : day);
            }
            return text.endsWith("Z") ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException unreadable) {
            throw invalid("'" + name + "' must be an ISO-8601 instant such as 2026-11-21T09:30:00Z or a date such "
                    + "as 2026-11-21.");
        }
    }

    private static int number(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException unreadable) {
            throw invalid("'" + name + "' must be a whole number.");
        }
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, PROBLEM, "Invalid audit query", detail);
    }
}
