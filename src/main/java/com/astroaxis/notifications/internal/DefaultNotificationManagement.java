package com.astroaxis.notifications.internal;

import java.time.Clock;
import java.util.UUID;

import com.astroaxis.notifications.Notification;
import com.astroaxis.notifications.NotificationManagement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultNotificationManagement implements NotificationManagement {

    private static final Logger log = LoggerFactory.getLogger(DefaultNotificationManagement.class);
    private final TemplateCatalog templates;
    private final PayloadCipher cipher;
    private final Outbox outbox;
    private final Dispatcher dispatcher;
    private final Clock clock;

    DefaultNotificationManagement(TemplateCatalog templates, PayloadCipher cipher, Outbox outbox,
            Dispatcher dispatcher, Clock clock) {
        this.templates = templates;
        this.cipher = cipher;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UUID queue(Notification notification) {
        if (notification == null || notification.channel() == null) {
            throw new IllegalArgumentException("a notification needs a channel");
        }
        var recipient = Recipients.check(notification.channel(), notification.recipient());
        var rendered = templates.render(notification);
        var id = UUID.randomUUID();
        outbox.insert(id, notification.channel(), recipient, notification.template(),
                cipher.encrypt(id, rendered.toPayload()), clock.instant());
        dispatcher.afterCommit(id);
        log.debug("Notification {} ({} {}) queued", id, notification.channel(), notification.template());
        return id;
    }
}
