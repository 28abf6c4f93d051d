package com.astroaxis.notifications;

import java.util.UUID;

/**
 * Sends email and SMS without ever holding up or failing the business request that asked for them: messages are
 * written to an outbox in the caller's transaction and delivered, with retries, once that transaction commits.
 */
public interface NotificationManagement {

    /**
     * Queues the message in the caller's transaction (outbox); it is sent after that transaction commits. Returns
     * the message id. The template is rendered now; nothing is sent if the transaction rolls back.
     *
     * @throws com.astroaxis.platform.web.ProblemException (400, {@code invalid-recipient}) when the recipient is not
     *         an email address (EMAIL) or an E.164 phone number (SMS): typically a person's typing mistake
     * @throws IllegalArgumentException when the template is unknown for the channel or a placeholder has no value:
     *         a programming error in the calling module
     */
    UUID queue(Notification notification);
}
