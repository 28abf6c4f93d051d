package com.astroaxis.notifications;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message to send: the channel, who receives it (an email address for {@link Channel#EMAIL}, an E.164 phone
 * number such as {@code +2348031234567} for {@link Channel#SMS}), the template (e.g. {@code password-reset}) and
 * the values of its placeholders (e.g. {@code name}, {@code code}, {@code minutes}). The company name is filled in
 * by the notifications module.
 */
public record Notification(Channel channel, String recipient, String template, Map<String, String> values) {

    public Notification {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
