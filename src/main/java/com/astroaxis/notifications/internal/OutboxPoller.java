package com.astroaxis.notifications.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few seconds ({@code astroaxis.notifications.poll-interval}), hands the pending messages that are due to
 * the dispatcher: retries, and messages whose sending was interrupted by a restart. Runs in the server only, not
 * in the jar's administrative commands.
 */
@Component
@ConditionalOnProperty(name = "astroaxis.command", havingValue = "serve", matchIfMissing = true)
class OutboxPoller {

    static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(OutboxPoller.class);
    private final Outbox outbox;
    private final Dispatcher dispatcher;
    private final Clock clock;

    OutboxPoller(Outbox outbox, Dispatcher dispatcher, Clock clock) {
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${astroaxis.notifications.poll-interval:5s}",
            fixedDelayString = "${astroaxis.notifications.poll-interval:5s}")
    void poll() {
        try {
            outbox.due(clock.instant(), BATCH).forEach(dispatcher::dispatch);
        } catch (DataAccessException unavailable) {
            log.warn("Could not look for notifications to send: {}", unavailable.getMostSpecificCause().toString());
        }
    }
}
