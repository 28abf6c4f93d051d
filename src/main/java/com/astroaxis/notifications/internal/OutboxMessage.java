package com.astroaxis.notifications.internal;

import java.util.UUID;

import com.astroaxis.notifications.Channel;

/** A claimed message as the sender needs it; {@code payload} is still encrypted. */
record OutboxMessage(UUID id, Channel channel, String recipient, String template, String payload, int attempts) {
}
