package com.astroaxis.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import com.astroaxis.audit.AuditQuery;
import com.astroaxis.platform.time.BusinessCalendar;
import com.astroaxis.platform.web.ProblemException;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class AuditQueryParametersTest {

    private final BusinessCalendar lagos = new BusinessCalendar(Clock.systemUTC(), ZoneId.of("Africa/Lagos"));

    @Test
    void withoutParametersItIsTheFirstPageOfFiftyOfEverything() {
        var query = parse(null, null, null, null);

        assertThat(query).isEqualTo(new AuditQuery(null, null, null, null, 0, 50));
    }

    @Test
    void datesAreWholeBusinessDaysInTheShopsTimeZone() {
        var query = parse("2026-11-20", "2026-11-21", null, null);

        assertThat(query.from()).isEqualTo(Instant.parse("2026-11-19T23:00:00Z"));
        assertThat(query.to()).isEqualTo(Instant.parse("2026-11-21T23:00:00Z"));
    }

    @Test
    void instantsAreTakenAsGivenWithOrWithoutAnOffset() {
        var query = parse("2026-11-21T09:30:00Z", "2026-11-21T12:00:00+01:00", "2", "200");

        assertThat(query.from()).isEqualTo(Instant.parse("2026-11-21T09:30:00Z"));
        assertThat(query.to()).isEqualTo(Instant.parse("2026-11-21T11:00:00Z"));
        assertThat(query.page()).isEqualTo(2);
        assertThat(query.size()).isEqualTo(200);
        assertThat(query.offset()).isEqualTo(400);
    }

    @Test
    void aSingleDayMayBeBothFromAndTo() {
        var query = parse("2026-11-21", "2026-11-21", null, null);

        assertThat(query.from()).isBefore(query.to());
    }

    @Test
    void fromAfterToIsRefused() {
        assertRefused(() -> parse("2026-11-22", "2026-11-21", null, null), "'from' must be before 'to'");
        assertRefused(() -> parse("2026-11-21T10:00:00Z", "2026-11-21T09:00:00Z", null, null),
                "'from' must be before 'to'");
    }

    @Test
    void anUnreadableTimeIsRefusedNamingTheParameter() {
        assertRefused(() -> parse("yesterday", null, null, null), "'from' must be an ISO-8601 instant");
        assertRefused(() -> parse(null, "2026-13-01", null, null), "'to' must be an ISO-8601 instant");
        assertRefused(() -> parse(null, "2026-11-21T10:00:00", null, null), "'to' must be an ISO-8601 instant");
    }

    @Test
    void pagesAndSizesOutOfRangeAreRefused() {
        assertRefused(() -> parse(null, null, "-1", null), "'page' must be 0 or more");
        assertRefused(() -> parse(null, null, null, "201"), "'size' must be between 1 and 200");
        assertRefused(() -> parse(null, null, null, "0"), "'size' must be between 1 and 200");
        assertRefused(() -> parse(null, null, "one", null), "'page' must be a whole number");
    }

    private AuditQuery parse(String from, String to, String page, String size) {
        return AuditQueryParameters.parse(lagos, " ", null, from, to, page, size);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(problem.type()).isEqualTo("invalid-audit-query");
            assertThat(problem.getMessage()).contains(detail);
        });
    }
}
