package com.astroaxis.notifications.internal;

/** A message ready to send: the subject (email only; null for SMS) and the plain-text body. */
record RenderedMessage(String subject, String body) {

    /** Serialised for encryption: the subject on the first line (empty for SMS), then the body. */
    String toPayload() {
        return (subject == null ? "" : subject) + "\n" + body;
    }

    static RenderedMessage fromPayload(String payload) {
        int newline = payload.indexOf('\n');
        if (newline < 0) {
            throw new IllegalArgumentException("not a message payload");
        }
        var subject = payload.substring(0, newline);
        return new RenderedMessage(subject.isEmpty() ? null : subject, payload.substring(newline + 1));
    }
}
