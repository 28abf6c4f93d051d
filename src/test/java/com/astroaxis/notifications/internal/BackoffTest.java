package com.astroaxis.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void waitsLongerAfterEachFailedAttempt() {
        assertThat(IntStream.rangeClosed(1, 7).mapToObj(n -> Backoff.after(n).orElseThrow()).toList()).containsExactly(
                Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(1),
                Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8));
    }

    @Test
    void givesUpAfterTheEighthAttempt() {
        assertThat(Backoff.MAX_ATTEMPTS).isEqualTo(8);
        assertThat(Backoff.after(8)).isEmpty();
        assertThat(Backoff.after(9)).isEmpty();
    }

    @Test
    void thereIsNoRetryBeforeAFailure() {
        assertThatThrownBy(() -> Backoff.after(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
