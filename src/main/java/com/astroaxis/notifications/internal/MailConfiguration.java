package com.astroaxis.notifications.internal;

import java.nio.charset.StandardCharsets;

import com.astroaxis.platform.config.AstroAxisSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail sender, built from SMTP_* (not from {@code spring.mail.*}); it exists only when SMTP_HOST is set. With
 * SMTP_USE_TLS the connection must be upgraded with STARTTLS or nothing is sent.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    @Conditional(SmtpConfigured.class)
    JavaMailSenderImpl notificationsMailSender(AstroAxisSettings settings, NotificationSettings notifications) {
        var smtp = settings.smtp();
        var sender = new JavaMailSenderImpl();
        sender.setProtocol("smtp");
        sender.setHost(smtp.host().strip());
        sender.setPort(smtp.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        var authenticated = smtp.username() != null && !smtp.username().isBlank();
        if (authenticated) {
            sender.setUsername(smtp.username().strip());
            sender.setPassword(smtp.password());
        }
        var timeout = String.valueOf(notifications.smtpTimeout().toMillis());
        var properties = sender.getJavaMailProperties();
        properties.setProperty("mail.smtp.auth", String.valueOf(authenticated));
        properties.setProperty("mail.smtp.starttls.enable", String.valueOf(smtp.useTls()));
        properties.setProperty("mail.smtp.starttls.required", String.valueOf(smtp.useTls()));
        properties.setProperty("mail.smtp.connectiontimeout", timeout);
        properties.setProperty("mail.smtp.timeout", timeout);
        properties.setProperty("mail.smtp.writetimeout", timeout);
        return sender;
    }

    /** SMTP_HOST is set (the setting exists with an empty value when it is not). */
    static class SmtpConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var host = context.getEnvironment().getProperty("astroaxis.smtp.host");
            return host != null && !host.isBlank();
        }
    }
}
