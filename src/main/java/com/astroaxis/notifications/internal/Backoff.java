package com.astroaxis.notifications.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When to try a message again: 30 s after the first failed attempt, then 2 min, 10 min, 1 h, 2 h, 4 h and 8 h
 * (about 15 hours in all). The eighth failed attempt is the last: the message is then FAILED.
 */
final class Backoff {

    static final int MAX_ATTEMPTS = 8;
    private static final List<Duration> DELAYS = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8));

    private Backoff() {
    }

    /** The wait before the next attempt after {@code failedAttempts} failures, or empty when there is none. */
    static Optional<Duration> after(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("a retry follows at least one failed attempt");
        }
        return failedAttempts >= MAX_ATTEMPTS ? Optional.empty() : Optional.of(DELAYS.get(failedAttempts - 1));
    }
}
