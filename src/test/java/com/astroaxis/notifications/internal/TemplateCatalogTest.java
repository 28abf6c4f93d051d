package com.astroaxis.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import com.astroaxis.notifications.Channel;
import com.astroaxis.notifications.Notification;

import org.junit.jupiter.api.Test;

class TemplateCatalogTest {

    private static final Map<String, Set<String>> DECLARED = Map.of("greeting", Set.of("name"));
    private final TemplateCatalog shipped =
            TemplateCatalog.load(TemplateCatalog.LOCATION, TemplateCatalog.DECLARED, "Mama Put Foods");

    @Test
    void theShippedTemplatesAreValidForBothChannels() {
        for (var template : TemplateCatalog.DECLARED.keySet()) {
            assertThat(shipped.knows(template, Channel.EMAIL)).as(template).isTrue();
            assertThat(shipped.knows(template, Channel.SMS)).as(template).isTrue();
        }
    }

    @Test
    void rendersThePasswordResetEmailWithTheCompanyName() {
        var message = shipped.render(new Notification(Channel.EMAIL, "ada@example.ng", "password-reset",
                Map.of("name", "Ada", "code", "493817", "minutes", "15")));

        assertThat(message.subject()).isEqualTo("Your AstroAxis password reset code");
        assertThat(message.body()).startsWith("Hello Ada,").contains("493817", "15 minutes", "Mama Put Foods")
                .doesNotContain("{{", "Subject:").doesNotEndWith("\n");
    }

    @Test
    void theCompanyNameCannotBeOverriddenByTheCaller() {
        var message = shipped.render(new Notification(Channel.SMS, "+2348031234567", "test-message",
                Map.of("company", "Fake Bank")));

        assertThat(message.subject()).isNull();
        assertThat(message.body()).startsWith("Mama Put Foods:").doesNotContain("Fake Bank");
    }

    @Test
    void anUnknownTemplateOrAMissingValueIsRefused() {
        assertThatThrownBy(() -> shipped.render(new Notification(Channel.SMS, "+2348031234567", "nope", Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no SMS template named 'nope'");
        assertThatThrownBy(() -> shipped.render(new Notification(Channel.SMS, "+2348031234567", "password-reset",
                Map.of("code", "1")))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minutes");
    }

    @Test
    void anUnknownPlaceholderInATemplateStopsTheStart() {
        assertThatThrownBy(() -> new TemplateCatalog(Map.of("greeting.sms.txt", "Hi {{name}}, code {{code}}"), DECLARED, "X"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("greeting.sms.txt").hasMessageContaining("{{code}}");
    }

    @Test
    void malformedTemplatesStopTheStart() {
        assertThatThrownBy(() -> new TemplateCatalog(Map.of("greeting.email.txt", "Hi {{name}}"), DECLARED, "X"))
                .hasMessageContaining("'Subject:' line");
        assertThatThrownBy(() -> new TemplateCatalog(Map.of("greeting.sms.txt", "Hi {{name"), DECLARED, "X"))
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> new TemplateCatalog(Map.of("greeting.sms.txt", "Hi", "farewell.sms.txt", "Bye"),
                DECLARED, "X")).hasMessageContaining("'farewell' is not a declared template");
        assertThatThrownBy(() -> new TemplateCatalog(Map.of("greeting.fax.txt", "Hi"), DECLARED, "X"))
                .hasMessageContaining("named <template>.email.txt");
        assertThatThrownBy(() -> new TemplateCatalog(Map.of(), DECLARED, "X"))
                .hasMessageContaining("greeting: declared but has no template file");
    }

    @Test
    void windowsLineEndingsAndPlaceholdersInTheSubjectAreHandled() {
        var catalog = new TemplateCatalog(Map.of("greeting.email.txt", "Subject: Hello {{name}}\r\nDear {{name}},\r\n"),
                DECLARED, "X");

        var message = catalog.render(new Notification(Channel.EMAIL, "a@b.ng", "greeting", Map.of("name", "Ada\r\nBcc: x")));

        assertThat(message.subject()).isEqualTo("Hello Ada Bcc: x");
        assertThat(message.body()).isEqualTo("Dear Ada\r\nBcc: x,");
    }
}
