package com.astroaxis.notifications.internal;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.astroaxis.notifications.Channel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One attempt at one message: claim it (so no other thread or instance sends it at the same time), decrypt, hand
 * it to its channel, record the attempt and either mark it SENT or schedule the next try (FAILED after the last).
 * Logs name the message id, never its content.
 */
@Component
class MessageSender {

    private static final Logger log = LoggerFactory.getLogger(MessageSender.class);
    private final Outbox outbox;
    private final PayloadCipher cipher;
    private final Map<Channel, ChannelGateway> gateways = new EnumMap<>(Channel.class);
    private final NotificationSettings settings;
    private final Clock clock;

    MessageSender(Outbox outbox, PayloadCipher cipher, List<ChannelGateway> gateways, NotificationSettings settings,
            Clock clock) {
        this.outbox = outbox;
        this.cipher = cipher;
        gateways.forEach(gateway -> this.gateways.put(gateway.channel(), gateway));
        this.settings = settings;
        this.clock = clock;
    }

    /** Does nothing when the message is not due or another sender has it. */
    void attempt(UUID id) {
        var now = clock.instant();
        if (!outbox.claim(id, now, now.plus(settings.lease()))) {
            return;
        }
        var message = outbox.find(id).orElseThrow();
        int attempt = message.attempts() + 1;
        var delivery = deliver(message);
        var at = clock.instant();
        switch (delivery) {
            case Delivery.Sent sent -> {
                outbox.recordSent(id, attempt, at);
                log.info("Notification {} ({} {}) sent on attempt {}", id, message.channel(), message.template(), attempt);
            }
            case Delivery.Failed failed -> {
                var retryAt = failed.retry() ? Backoff.after(attempt).map(at::plus).orElse(null) : null;
                outbox.recordFailure(id, attempt, at, failed.error(), retryAt);
                if (retryAt != null) {
                    log.info("Notification {} ({} {}) attempt {} failed, next attempt at {}: {}", id,
                            message.channel(), message.template(), attempt, retryAt, failed.error());
                } else {
                    log.warn("Notification {} ({} {}) FAILED after attempt {}: {}", id, message.channel(),
                            message.template(), attempt, failed.error());
                }
            }
        }
    }

    private Delivery deliver(OutboxMessage message) {
        RenderedMessage rendered;
        try {
            rendered = RenderedMessage.fromPayload(cipher.decrypt(message.id(), message.payload()));
        } catch (IllegalStateException | IllegalArgumentException unreadable) {
            return Delivery.givenUp(unreadable.getMessage());
        }
        var gateway = gateways.get(message.channel());
        try {
            return gateway.deliver(message.recipient(), rendered);
        } catch (RuntimeException unexpected) {
            return Delivery.failed(Delivery.describe(unexpected));
        }
    }
}
