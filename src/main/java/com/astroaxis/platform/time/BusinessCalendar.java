package com.astroaxis.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Business dates (the sales day, a shift, a pay period) in the shop's time zone, Africa/Lagos unless configured.
 * Times are stored as instants; only this class turns them into calendar days.
 */
public class BusinessCalendar {

    private final Clock clock;
    private final ZoneId zone;

    public BusinessCalendar(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return businessDate(now());
    }

    public LocalDate businessDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    public ZonedDateTime local(Instant instant) {
        return instant.atZone(zone);
    }
}
