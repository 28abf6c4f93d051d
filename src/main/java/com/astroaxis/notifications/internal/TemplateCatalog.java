package com.astroaxis.notifications.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.astroaxis.notifications.Channel;
import com.astroaxis.notifications.Notification;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The message templates, one file per template and channel under {@code notifications/templates/}:
 * {@code <template>.email.txt} (first line {@code Subject: …}) and {@code <template>.sms.txt}. Every file is
 * checked when the application starts: a file for an undeclared template, a placeholder the template does not
 * declare or a malformed {@code {{…}}} stops the start with a message naming the file.
 */
final class TemplateCatalog {

    static final String LOCATION = "classpath*:notifications/templates/*.txt";
    /** Filled in from COMPANY_NAME; callers need not (and cannot) supply it. */
    static final String COMPANY = "company";
    /** The templates other modules may ask for, with the placeholders their callers supply. */
    static final Map<String, Set<String>> DECLARED = Map.of(
            "password-reset", Set.of("name", "code", "minutes"),
            "test-message", Set.of());

    private static final Pattern FILE = Pattern.compile("([a-z0-9][a-z0-9-]*)\\.(email|sms)\\.txt");
    private static final String SUBJECT = "Subject:";
    private static final int MAX_VALUE_LENGTH = 1000;

    private record Key(String template, Channel channel) {
    }

    private record MessageTemplate(TemplateText subject, TemplateText body) {
    }

    private final Map<Key, MessageTemplate> templates = new HashMap<>();
    private final String companyName;

    /** @param files file name → content */
    TemplateCatalog(Map<String, String> files, Map<String, Set<String>> declared, String companyName) {
        this.companyName = companyName;
        var errors = new ArrayList<String>();
        new TreeMap<>(files).forEach((file, content) -> {
            try {
                add(file, content.replace("\r\n", "\n"), declared);
            } catch (IllegalArgumentException problem) {
                errors.add(file + ": " + problem.getMessage());
            }
        });
        var present = new HashSet<String>();
        templates.keySet().forEach(key -> present.add(key.template()));
        declared.keySet().stream().filter(name -> !present.contains(name)).sorted()
                .forEach(name -> errors.add(name + ": declared but has no template file"));
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Broken notification templates: " + String.join("; ", errors));
        }
    }

    static TemplateCatalog load(String locationPattern, Map<String, Set<String>> declared, String companyName) {
        var files = new HashMap<String, String>();
        try {
            for (var resource : new PathMatchingResourcePatternResolver().getResources(locationPattern)) {
                files.put(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the notification templates", e);
        }
        return new TemplateCatalog(files, declared, companyName);
    }

    private void add(String file, String content, Map<String, Set<String>> declared) {
        var name = FILE.matcher(file);
        if (!name.matches()) {
            throw new IllegalArgumentException("template files are named <template>.email.txt or <template>.sms.txt");
        }
        var template = name.group(1);
        var channel = Channel.valueOf(name.group(2).toUpperCase(Locale.ROOT));
        if (!declared.containsKey(template)) {
            throw new IllegalArgumentException("'" + template + "' is not a declared template");
        }
        TemplateText subject = null;
        var body = content;
        if (channel == Channel.EMAIL) {
            int newline = content.indexOf('\n');
            if (!content.startsWith(SUBJECT) || newline < 0) {
                throw new IllegalArgumentException("an email template starts with a 'Subject:' line");
            }
            subject = TemplateText.parse(content.substring(SUBJECT.length(), newline).strip());
            body = content.substring(newline + 1);
        } else if (content.startsWith(SUBJECT)) {
            throw new IllegalArgumentException("an SMS has no subject");
        }
        var text = TemplateText.parse(body.stripTrailing());
        var allowed = new HashSet<>(declared.get(template));
        allowed.add(COMPANY);
        var used = new HashSet<>(text.placeholders());
        if (subject != null) {
            used.addAll(subject.placeholders());
        }
        used.removeAll(allowed);
        if (!used.isEmpty()) {
            throw new IllegalArgumentException("unknown placeholder(s) " + String.join(", ",
                    used.stream().sorted().map(p -> "{{" + p + "}}").toList()) + "; '" + template + "' takes "
                    + declared.get(template).stream().sorted().toList() + " and " + COMPANY);
        }
        templates.put(new Key(template, channel), new MessageTemplate(subject, text));
    }

    boolean knows(String template, Channel channel) {
        return templates.containsKey(new Key(template, channel));
    }

    /** @throws IllegalArgumentException for an unknown template, a missing or oversized value */
    RenderedMessage render(Notification notification) {
        var template = templates.get(new Key(notification.template(), notification.channel()));
        if (template == null) {
            throw new IllegalArgumentException("there is no " + notification.channel() + " template named '"
                    + notification.template() + "'");
        }
        var values = new HashMap<String, String>();
        notification.values().forEach((key, value) -> {
            if (value != null && value.length() > MAX_VALUE_LENGTH) {
                throw new IllegalArgumentException("the value of '" + key + "' is longer than " + MAX_VALUE_LENGTH);
            }
            values.put(key, value);
        });
        values.put(COMPANY, companyName);
        try {
            var subject = template.subject() == null ? null
                    : template.subject().render(values).replaceAll("[\\r\\n]+", " ").strip();
            return new RenderedMessage(subject, template.body().render(values));
        } catch (IllegalArgumentException missing) {
            throw new IllegalArgumentException("template '" + notification.template() + "' (" + notification.channel()
                    + "): " + missing.getMessage());
        }
    }
}
