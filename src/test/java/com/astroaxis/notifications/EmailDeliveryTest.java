package com.astroaxis.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.astroaxis.testing.MutableClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Email from the outbox to a real SMTP server (GreenMail), only after the business transaction commits. */
class EmailDeliveryTest extends NotificationsIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Autowired
    NotificationManagement notifications;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void aMessageQueuedInACommittedTransactionArrivesWithItsSubjectAndBody() throws Exception {
        var id = transactions.execute(status -> notifications.queue(passwordReset("ada@example.ng", "Ada", "493817")));

        await().atMost(PATIENCE).until(() -> mailTo("ada@example.ng").size() == 1);
        var mail = mailTo("ada@example.ng").getFirst();
        assertThat(mail.getSubject()).isEqualTo("Your AstroAxis password reset code");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("Mama Put Foods <shop@example.ng>");
        var body = mail.getContent().toString();
        assertThat(body).contains("Hello Ada,", "493817", "expires in 15 minutes", COMPANY).doesNotContain("{{");
        await().atMost(PATIENCE).until(() -> "SENT".equals(status(id)));
        var row = jdbc.sql("select attempts, sent_at, last_error from nt_message where id = ?").param(id).query().singleRow();
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("sent_at")).isNotNull();
        assertThat(row.get("last_error")).isNull();
        assertThat(attemptOutcomes(id)).containsExactly("SENT");
    }

    @Test
    void aMessageQueuedInATransactionThatRollsBackIsNeverSentAndLeavesNoRow() throws Exception {
        var id = transactions.execute(status -> {
            var queued = notifications.queue(passwordReset("bola@example.ng", "Bola", "111222"));
            status.setRollbackOnly();
            return queued;
        });

        assertThat(jdbc.sql("select count(*) from nt_message where id = ?").param(id).query(Long.class).single()).isZero();
        // a message queued just after would arrive first if the rolled-back one were ever sent
        transactions.execute(status -> notifications.queue(passwordReset("bola@example.ng", "Bola", "333444")));
        await().atMost(PATIENCE).until(() -> mailTo("bola@example.ng").size() == 1);
        Thread.sleep(1_000); // several poll intervals
        assertThat(mailTo("bola@example.ng")).singleElement()
                .satisfies(mail -> assertThat(mail.getContent().toString()).contains("333444").doesNotContain("111222"));
    }

    @Test
    void queueingDoesNotWaitForASlowMailServerAndTheMessageIsRetriedWhenItRecovers() throws Exception {
        stopMailServer();
        UUID id;
        // a server that accepts connections and never answers: the sender waits out its 3 s timeout
        try (var silent = new ServerSocket()) {
            silent.setReuseAddress(true);
            silent.bind(new InetSocketAddress("127.0.0.1", SMTP_PORT));
            var started = System.nanoTime();
            id = transactions.execute(status -> notifications.queue(passwordReset("chidi@example.ng", "Chidi", "777888")));
            var elapsed = Duration.ofNanos(System.nanoTime() - started);
            assertThat(elapsed).as("queue and commit do not wait for the mail server").isLessThan(Duration.ofSeconds(2));

            await().atMost(PATIENCE).until(() -> attemptOutcomes(id).size() == 1);
        } finally {
            restartMailServer();
        }
        var row = jdbc.sql("select status, attempts, last_error, next_attempt_at from nt_message where id = ?")
                .param(id).query().singleRow();
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat((String) row.get("last_error")).isNotBlank();
        assertThat(instant(row.get("next_attempt_at"))).isEqualTo(clock.instant().plusSeconds(30));
        Thread.sleep(600); // the server is back, but the retry is not due yet
        assertThat(mailTo("chidi@example.ng")).isEmpty();

        clock.advance(Duration.ofSeconds(31));

        await().atMost(PATIENCE).until(() -> "SENT".equals(status(id)));
        assertThat(mailTo("chidi@example.ng")).singleElement()
                .satisfies(mail -> assertThat(mail.getContent().toString()).contains("777888"));
        assertThat(attemptOutcomes(id)).containsExactly("FAILED", "SENT");
        assertThat(jdbc.sql("select error from nt_attempt where message_id = ? and attempt = 1").param(id)
                .query(String.class).single()).isNotBlank();
    }

    @Test
    void thePayloadIsNotStoredInPlainText() throws Exception {
        var id = transactions.execute(status -> notifications.queue(passwordReset("dayo@example.ng", "Dayo", "246813")));

        var payload = jdbc.sql("select payload from nt_message where id = ?").param(id).query(String.class).single();
        assertThat(payload).startsWith("v1:").doesNotContain("246813", "Dayo", "password reset", "Subject");
        await().atMost(PATIENCE).until(() -> mailTo("dayo@example.ng").size() == 1);
        assertThat(mailTo("dayo@example.ng").getFirst().getContent().toString()).contains("246813");
    }

    @Test
    void aMessageQueuedWithoutATransactionIsSentToo() {
        var id = notifications.queue(new Notification(Channel.EMAIL, "emeka@example.ng", "test-message", Map.of()));

        await().atMost(PATIENCE).until(() -> "SENT".equals(status(id)));
        assertThat(mailTo("emeka@example.ng")).singleElement().satisfies(mail ->
                assertThat(mail.getSubject()).isEqualTo("AstroAxis test message"));
    }

    static Notification passwordReset(String email, String name, String code) {
        return new Notification(Channel.EMAIL, email, "password-reset", Map.of("name", name, "code", code, "minutes", "15"));
    }

    private String status(UUID id) {
        return jdbc.sql("select status from nt_message where id = ?").param(id).query(String.class).optional().orElse(null);
    }

    private List<String> attemptOutcomes(UUID id) {
        return jdbc.sql("select outcome from nt_attempt where message_id = ? order by attempt").param(id)
                .query(String.class).list();
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }
}
