package com.astroaxis.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.astroaxis.testing.MutableClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/** SMS from the outbox to an HTTP gateway (a stand-in on the loopback), retried when the gateway fails. */
class SmsDeliveryTest extends NotificationsIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    NotificationManagement notifications;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void anSmsReachesTheGatewayWithTheBearerKeyAndAJsonBody() {
        var id = transactions.execute(status -> notifications.queue(passwordReset("+2348031234567", "493817")));

        await().atMost(PATIENCE).until(() -> SMS_GATEWAY.receivedFor("+2348031234567").size() == 1);
        var request = SMS_GATEWAY.receivedFor("+2348031234567").getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.authorization()).isEqualTo("Bearer test-sms-key");
        assertThat(request.contentType()).startsWith("application/json");
        var json = JSON.readTree(request.body());
        assertThat(json.get("to").asString()).isEqualTo("+2348031234567");
        assertThat(json.get("sender").asString()).isEqualTo("Mama Put Fo");
        assertThat(json.get("message").asString()).contains("493817", "15 min", COMPANY).doesNotContain("{{");
        assertThat(json.propertyNames()).containsExactlyInAnyOrder("to", "message", "sender");
        await().atMost(PATIENCE).until(() -> "SENT".equals(status(id)));
        assertThat(attemptOutcomes(id)).containsExactly("SENT");
    }

    @Test
    void aGatewayErrorIsRecordedAndTheMessageIsRetriedWithBackoff() {
        SMS_GATEWAY.answerNext(500);

        var id = transactions.execute(status -> notifications.queue(passwordReset("+2348059876543", "135790")));

        await().atMost(PATIENCE).until(() -> attemptOutcomes(id).size() == 1);
        var row = jdbc.sql("select status, attempts, last_error from nt_message where id = ?").param(id).query().singleRow();
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("last_error")).isEqualTo("the SMS gateway answered HTTP 500");
        assertThat(SMS_GATEWAY.receivedFor("+2348059876543")).hasSize(1);

        clock.advance(Duration.ofSeconds(31));

        await().atMost(PATIENCE).until(() -> "SENT".equals(status(id)));
        assertThat(SMS_GATEWAY.receivedFor("+2348059876543")).hasSize(2);
        assertThat(attemptOutcomes(id)).containsExactly("FAILED", "SENT");
    }

    private static Notification passwordReset(String phone, String code) {
        return new Notification(Channel.SMS, phone, "password-reset", Map.of("name", "Ada", "code", code, "minutes", "15"));
    }

    private String status(UUID id) {
        return jdbc.sql("select status from nt_message where id = ?").param(id).query(String.class).single();
    }

    private List<String> attemptOutcomes(UUID id) {
        return jdbc.sql("select outcome from nt_attempt where message_id = ? order by attempt").param(id)
                .query(String.class).list();
    }
}
