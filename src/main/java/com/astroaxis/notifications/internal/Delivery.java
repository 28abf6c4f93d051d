package com.astroaxis.notifications.internal;

/** What one attempt to hand a message to the mail server or the SMS gateway came to. */
sealed interface Delivery {

    record Sent() implements Delivery {
    }

    /** @param retry false when trying again cannot help (the channel is not configured) */
    record Failed(String error, boolean retry) implements Delivery {
    }

    static Delivery sent() {
        return new Sent();
    }

    static Delivery failed(String error) {
        return new Failed(error, true);
    }

    static Delivery givenUp(String error) {
        return new Failed(error, false);
    }

    /** A short description of what went wrong: the innermost cause, e.g. "ConnectException: Connection refused". */
    static String describe(Throwable failure) {
        var cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        var message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }
}
