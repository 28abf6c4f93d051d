package com.astroaxis.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.astroaxis.testing.PostgresIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The default set-up, without SMTP_HOST or SMS_GATEWAY_URL: messages fail at once, the application carries on. */
class UnconfiguredChannelsTest extends PostgresIntegrationTest {

    @Autowired
    NotificationManagement notifications;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEmailFailsAtOnceWhenEmailIsNotConfigured() {
        var id = notifications.queue(new Notification(Channel.EMAIL, "ngozi@example.ng", "test-message", Map.of()));

        assertFailedOnFirstAttempt(id, "email is not configured");
    }

    @Test
    void anSmsFailsAtOnceWhenNoGatewayIsConfigured() {
        var id = notifications.queue(new Notification(Channel.SMS, "+2348031230000", "test-message", Map.of()));

        assertFailedOnFirstAttempt(id, "SMS is not configured");
    }

    private void assertFailedOnFirstAttempt(UUID id, String reason) {
        await().atMost(Duration.ofSeconds(15)).until(() -> "FAILED".equals(
                jdbc.sql("select status from nt_message where id = ?").param(id).query(String.class).single()));
        var row = jdbc.sql("select attempts, last_error, sent_at from nt_message where id = ?").param(id).query().singleRow();
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("last_error")).isEqualTo(reason);
        assertThat(row.get("sent_at")).isNull();
        assertThat(jdbc.sql("select outcome || ':' || error from nt_attempt where message_id = ?").param(id)
                .query(String.class).list()).containsExactly("FAILED:" + reason);
    }
}
