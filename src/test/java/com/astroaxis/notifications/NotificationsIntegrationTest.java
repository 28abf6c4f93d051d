package com.astroaxis.notifications;

import java.util.Arrays;
import java.util.List;

import com.astroaxis.testing.AstroAxisJar;
import com.astroaxis.testing.MutableClockConfiguration;
import com.astroaxis.testing.PostgresIntegrationTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running application with real channels on the loopback: GreenMail as the SMTP server, a stand-in SMS
 * gateway, and a clock the test moves. One Spring context is shared by all the notification tests.
 */
@Import(MutableClockConfiguration.class)
@AutoConfigureMockMvc
public abstract class NotificationsIntegrationTest extends PostgresIntegrationTest {

    public static final String COMPANY = "Mama Put Foods Nigeria";
    protected static final int SMTP_PORT = AstroAxisJar.freePort();
    protected static final ServerSetup SMTP = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    protected static final SmsGatewayStandIn SMS_GATEWAY = SmsGatewayStandIn.start();
    private static GreenMail mailServer = startMailServer();

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        registry.add("astroaxis.smtp.host", () -> "127.0.0.1");
        registry.add("astroaxis.smtp.port", () -> SMTP_PORT);
        registry.add("astroaxis.smtp.use-tls", () -> false);
        registry.add("astroaxis.smtp.from", () -> "Mama Put Foods <shop@example.ng>");
        registry.add("astroaxis.sms.gateway-url", SMS_GATEWAY::url);
        registry.add("astroaxis.sms.api-key", () -> "test-sms-key");
        registry.add("astroaxis.company.name", () -> COMPANY);
        registry.add("astroaxis.secret-key", () -> "notifications-test-secret-key-0123456789");
        registry.add("astroaxis.notifications.poll-interval", () -> "200ms");
        registry.add("astroaxis.notifications.smtp-timeout", () -> "3s");
    }

    protected static synchronized GreenMail mailServer() {
        return mailServer;
    }

    protected static synchronized void stopMailServer() {
        mailServer.stop();
    }

    protected static synchronized void restartMailServer() {
        mailServer.stop();
        mailServer = startMailServer();
    }

    private static GreenMail startMailServer() {
        var server = new GreenMail(SMTP);
        server.start();
        return server;
    }

    /** The messages the SMTP server received for this address. */
    protected static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(mailServer().getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
