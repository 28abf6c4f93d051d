package com.astroaxis.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import com.astroaxis.notifications.Channel;
import com.astroaxis.notifications.NotificationsIntegrationTest;
import com.astroaxis.testing.MutableClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two instances polling the same database never attempt the same message at the same time. */
class OutboxClaimTest extends NotificationsIntegrationTest {

    @Autowired
    Outbox outbox;
    @Autowired
    MutableClock clock;

    @Test
    void onlyOneOfManyConcurrentClaimsWins() throws Exception {
        // due an hour from now, so this application's own poller leaves it alone
        var due = clock.instant().plus(Duration.ofHours(1));
        var id = UUID.randomUUID();
        outbox.insert(id, Channel.SMS, "+2348031234567", "test-message", "v1:irrelevant", due);
        var start = new CountDownLatch(1);
        var claims = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 8; i++) {
            claims.add(() -> {
                start.await();
                return outbox.claim(id, due, due.plus(Duration.ofMinutes(2)));
            });
        }

        int won = 0;
        try (var threads = Executors.newFixedThreadPool(8)) {
            var results = claims.stream().map(threads::submit).toList();
            start.countDown();
            for (var result : results) {
                won += result.get() ? 1 : 0;
            }
        }

        assertThat(won).isEqualTo(1);
        assertThat(outbox.claim(id, due.plus(Duration.ofMinutes(1)), due.plus(Duration.ofMinutes(3))))
                .as("not again while the lease runs").isFalse();
        assertThat(outbox.claim(id, due.plus(Duration.ofMinutes(2)), due.plus(Duration.ofMinutes(4))))
                .as("once the lease has run out (the sender crashed)").isTrue();
    }
}
