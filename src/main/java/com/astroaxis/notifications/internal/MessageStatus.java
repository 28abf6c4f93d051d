package com.astroaxis.notifications.internal;

/** PENDING until sent (SENT) or given up on (FAILED: attempts exhausted, or the channel is not configured). */
public enum MessageStatus {
    PENDING, SENT, FAILED
}
