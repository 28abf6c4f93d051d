/**
 * Email (SMTP) and SMS (HTTP gateway) messages rendered from templates, kept encrypted in an outbox written in the
 * caller's transaction, sent after it commits and retried with backoff. Other modules use
 * {@link com.astroaxis.notifications.NotificationManagement}.
 */
@ApplicationModule(displayName = "Notifications")
package com.astroaxis.notifications;

import org.springframework.modulith.ApplicationModule;
