package com.astroaxis.files.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes an uploader's file name safe to keep and show: no folders, no control or invisible formatting characters
 * (which could disguise {@code invoice‮fdp.exe}), at most 200 characters. It is a label only: stored files are
 * named by their id.
 */
final class FileNames {

    static final int MAX_LENGTH = 200;
    static final String FALLBACK = "file";
    private static final int MAX_KEPT_EXTENSION = 16;

    private FileNames() {
    }

    static String sanitise(String original) {
        if (original == null) {
            return FALLBACK;
        }
        var name = Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        var kept = new StringBuilder(name.length());
        name.codePoints().filter(FileNames::acceptable).forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            return FALLBACK;
        }
        return shorten(name);
    }

    /** The extension in lower case without the dot, or "" when the name has none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean acceptable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }

    /** Cuts a long name in the middle of its base name, keeping a short extension so the type stays visible. */
    private static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        var extension = extension(name);
        var suffix = extension.isEmpty() || extension.length() > MAX_KEPT_EXTENSION ? "" : "." + extension;
        var base = name.substring(0, name.length() - suffix.length());
        return cut(base, MAX_LENGTH - suffix.length()).strip() + suffix;
    }

    private static String cut(String text, int maxChars) {
        int end = maxChars;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--; // never split a character in two
        }
        return text.substring(0, end);
    }
}
