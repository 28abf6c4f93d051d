package com.astroaxis.notifications.internal;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends messages on virtual threads, away from the request that queued them, a few at a time. A message the
 * dispatcher cannot take (shutting down, an error) stays PENDING in the outbox for the poller.
 */
@Component
class Dispatcher implements DisposableBean {

    static final int MAX_CONCURRENT_SENDS = 4;
    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private final MessageSender sender;
    private final ExecutorService executor =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("notification-", 0).factory());
    private final Semaphore sending = new Semaphore(MAX_CONCURRENT_SENDS);
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

    Dispatcher(MessageSender sender) {
        this.sender = sender;
    }

    /** Sends the message once the current transaction has committed; nothing happens if it rolls back. */
    void afterCommit(UUID id) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatch(id);
            }
        });
    }

    /** Never throws and never waits for the sending. */
    void dispatch(UUID id) {
        if (!inFlight.add(id)) {
            return;
        }
        try {
            executor.execute(() -> send(id));
        } catch (RejectedExecutionException | OutOfMemoryError refused) {
            inFlight.remove(id);
            log.debug("Notification {} left for the poller: {}", id, refused.toString());
        }
    }

    private void send(UUID id) {
        try {
            sending.acquire();
            try {
                sender.attempt(id);
            } finally {
                sending.release();
            }
        } catch (InterruptedException shuttingDown) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failure) {
            log.warn("Notification {} could not be attempted now, the poller will retry: {}", id, failure.toString());
        } finally {
            inFlight.remove(id);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
