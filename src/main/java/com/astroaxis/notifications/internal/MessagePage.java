package com.astroaxis.notifications.internal;

import java.util.List;

/** A page of messages, newest first. */
public record MessagePage(List<MessageSummary> items, int page, int size, long total) {
}
