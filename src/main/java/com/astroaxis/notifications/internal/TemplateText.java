package com.astroaxis.notifications.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plain text with {@code {{placeholder}}} slots. Values are inserted as they are: a value that itself looks like
 * a placeholder is not rendered again. A stray {@code {{} or a placeholder name that is not a simple word is an
 * error when the text is parsed, so a broken template is found when the application starts.
 */
final class TemplateText {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private final List<String> parts;   // literal, placeholder, literal, placeholder, …, literal
    private final Set<String> placeholders;

    private TemplateText(List<String> parts) {
        this.parts = List.copyOf(parts);
        var names = new LinkedHashSet<String>();
        for (int i = 1; i < parts.size(); i += 2) {
            names.add(parts.get(i));
        }
        this.placeholders = Collections.unmodifiableSet(names);
    }

    static TemplateText parse(String text) {
        var parts = new ArrayList<String>();
        int from = 0;
        while (true) {
            int open = text.indexOf("{{", from);
            if (open < 0) {
                parts.add(text.substring(from));
                return new TemplateText(parts);
            }
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                throw new IllegalArgumentException("'{{' at offset " + open + " is never closed with '}}'");
            }
            var name = text.substring(open + 2, close).strip();
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("'{{" + text.substring(open + 2, close) + "}}' at offset " + open
                        + " is not a placeholder name (letters, digits, '-' or '_')");
            }
            parts.add(text.substring(from, open));
            parts.add(name);
            from = close + 2;
        }
    }

    /** The placeholder names, in the order they first appear. */
    Set<String> placeholders() {
        return placeholders;
    }

    /** @throws IllegalArgumentException naming the placeholders that have no value */
    String render(Map<String, String> values) {
        var missing = placeholders.stream().filter(name -> values.get(name) == null).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no value for " + String.join(", ", missing));
        }
        var text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            text.append(i % 2 == 0 ? parts.get(i) : values.get(parts.get(i)));
        }
        return text.toString();
    }
}
