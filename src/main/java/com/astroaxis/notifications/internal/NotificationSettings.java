package com.astroaxis.notifications.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the notifications module ({@code astroaxis.notifications.*}); the defaults suit production.
 *
 * @param pollInterval how often pending messages that are due are looked for (retries, messages left by a restart)
 * @param lease how long an attempt may take before another instance may try the same message again
 * @param smtpTimeout how long to wait for the mail server to connect or answer
 */
@ConfigurationProperties("astroaxis.notifications")
record NotificationSettings(@DefaultValue("5s") Duration pollInterval, @DefaultValue("2m") Duration lease,
                            @DefaultValue("10s") Duration smtpTimeout) {
}
