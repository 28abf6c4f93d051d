package com.astroaxis.platform.config;

import java.util.Locale;

/** The ENVIRONMENT variable: which rules apply. Unset means development. */
public enum RuntimeEnvironment {
    DEVELOPMENT, PRODUCTION;

    public static RuntimeEnvironment of(String value) {
        if (value == null || value.isBlank()) {
            return DEVELOPMENT;
        }
        // exact names only: the value also selects the Spring profile, whose file name is lower case
        return switch (value.strip()) {
            case "development" -> DEVELOPMENT;
            case "production" -> PRODUCTION;
            default -> throw new InvalidConfigurationException("ENVIRONMENT",
                    "must be 'development' or 'production', not '" + value + "'");
        };
    }

    /** The Spring profile holding this environment's settings. */
    public String profile() {
        return name().toLowerCase(Locale.ROOT);
    }
}
