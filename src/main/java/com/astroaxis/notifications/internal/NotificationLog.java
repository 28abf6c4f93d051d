package com.astroaxis.notifications.internal;

import java.util.Locale;

import com.astroaxis.platform.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The messages for administrators: what was sent, what is waiting, what failed and why; never the content. */
@Service
public class NotificationLog {

    public static final int MAX_PAGE_SIZE = 100;
    private final Outbox outbox;

    NotificationLog(Outbox outbox) {
        this.outbox = outbox;
    }

    /** @param status PENDING, SENT, FAILED (any case) or blank for all */
    @Transactional(readOnly = true)
    public MessagePage list(String status, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-page", "Invalid page",
                    "page starts at 0 and size is between 1 and " + MAX_PAGE_SIZE + ".");
        }
        return outbox.page(status(status), page, size);
    }

    private static MessageStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return MessageStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-status", "Invalid status",
                    "status is PENDING, SENT or FAILED.");
        }
    }
}
