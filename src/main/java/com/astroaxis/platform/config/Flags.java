package com.astroaxis.platform.config;

import java.util.Locale;
import java.util.Set;

/** Reads yes/no settings the way people write them in a .env file: true, True, 1, yes, on. */
final class Flags {
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "on");

    private Flags() {
    }

    static boolean isTrue(String value) {
        return value != null && TRUE.contains(value.strip().toLowerCase(Locale.ROOT));
    }
}
