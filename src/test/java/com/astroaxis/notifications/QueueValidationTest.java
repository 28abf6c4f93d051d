package com.astroaxis.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import com.astroaxis.platform.web.ProblemException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What queue() refuses, and that a refusal stores nothing. */
class QueueValidationTest extends NotificationsIntegrationTest {

    @Autowired
    NotificationManagement notifications;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEmailToSomethingThatIsNotAnAddressIsRefused() {
        assertThatThrownBy(() -> notifications.queue(reset(Channel.EMAIL, "funmi.example.ng")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(400);
                    assertThat(problem.type()).isEqualTo("invalid-recipient");
                });
        assertNothingStoredFor("funmi.example.ng");
    }

    @Test
    void anSmsToANumberThatIsNotInternationalIsRefused() {
        for (var phone : new String[] {"08031234567", "+234 803 123 4567", "+0123456789", "+23480312345678901"}) {
            assertThatThrownBy(() -> notifications.queue(reset(Channel.SMS, phone)))
                    .as(phone).isInstanceOf(ProblemException.class).hasMessageContaining("+2348031234567");
            assertNothingStoredFor(phone);
        }
    }

    @Test
    void anUnknownTemplateIsRefused() {
        assertThatThrownBy(() -> notifications.queue(new Notification(Channel.EMAIL, "gozie@example.ng",
                "welcome-bonus", Map.of()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("welcome-bonus");
        assertNothingStoredFor("gozie@example.ng");
    }

    @Test
    void aMissingPlaceholderValueIsRefused() {
        assertThatThrownBy(() -> notifications.queue(new Notification(Channel.EMAIL, "halima@example.ng",
                "password-reset", Map.of("name", "Halima", "minutes", "15"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code");
        assertNothingStoredFor("halima@example.ng");
    }

    @Test
    void theRecipientIsStoredWithoutSurroundingSpaces() {
        var id = notifications.queue(new Notification(Channel.EMAIL, "  ifeoma@example.ng ", "test-message", null));

        assertThat(jdbc.sql("select recipient from nt_message where id = ?").param(id).query(String.class).single())
                .isEqualTo("ifeoma@example.ng");
    }

    private static Notification reset(Channel channel, String recipient) {
        return new Notification(channel, recipient, "password-reset", Map.of("name", "Ada", "code", "123456", "minutes", "15"));
    }

    private void assertNothingStoredFor(String recipient) {
        assertThat(jdbc.sql("select count(*) from nt_message where recipient = ?").param(recipient.strip())
                .query(Long.class).single()).isZero();
    }
}
