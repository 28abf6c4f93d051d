package com.astroaxis.notifications.internal;

import java.time.Instant;
import java.util.UUID;

import com.astroaxis.notifications.Channel;

/** One message as administrators see it: the recipient masked, never the content. */
public record MessageSummary(UUID id, Channel channel, String recipient, String template, MessageStatus status,
                             int attempts, String lastError, Instant createdAt, Instant sentAt) {
}
