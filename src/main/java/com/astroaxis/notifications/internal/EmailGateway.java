package com.astroaxis.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import com.astroaxis.notifications.Channel;
import com.astroaxis.platform.config.AstroAxisSettings;

import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Plain-text email over SMTP, from SMTP_FROM. Without SMTP_HOST every email fails at once ("not configured"). */
@Component
class EmailGateway implements ChannelGateway {

    static final String DEFAULT_FROM = "AstroAxis <no-reply@localhost>";
    static final String NOT_CONFIGURED = "email is not configured";
    private static final Logger log = LoggerFactory.getLogger(EmailGateway.class);
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final AtomicBoolean warned = new AtomicBoolean();

    EmailGateway(ObjectProvider<JavaMailSender> mailSender, AstroAxisSettings settings) {
        this.mailSender = mailSender;
        var configured = settings.smtp().from();
        this.from = configured == null || configured.isBlank() ? DEFAULT_FROM : configured.strip();
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Delivery deliver(String recipient, RenderedMessage message) {
        var sender = mailSender.getIfAvailable();
        if (sender == null) {
            if (warned.compareAndSet(false, true)) {
                log.warn("An email could not be sent: SMTP_HOST is not set. Emails fail until SMTP is configured.");
            }
            return Delivery.givenUp(NOT_CONFIGURED);
        }
        try {
            var mime = sender.createMimeMessage();
            var helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(recipient);
            helper.setSubject(message.subject() == null ? "" : message.subject());
            helper.setText(message.body(), false);
            sender.send(mime);
            return Delivery.sent();
        } catch (MailException | MessagingException failure) {
            return Delivery.failed(Delivery.describe(failure));
        }
    }
}
