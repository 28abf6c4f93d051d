package com.astroaxis.platform.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Refuses to let AstroAxis run in production with settings that would put a shop's money or its customers' data at
 * risk. Checked before anything starts, on the raw environment, so the refusal is one plain line and a non-zero
 * exit code rather than a half-started server.
 */
public final class ProductionGuard {

    static final int MINIMUM_SECRET_LENGTH = 32;
    private static final int MINIMUM_DISTINCT_SECRET_CHARACTERS = 10;
    /** Placeholders from deployment templates that people forget to replace. */
    private static final Set<String> PLACEHOLDER_SECRETS = Set.of(
            "generate-strong-random-key-min-32-chars-change-this",
            "replace-with-at-least-32-random-characters");

    private ProductionGuard() {
    }

    /**
     * Checks the settings and throws if AstroAxis must not start with them.
     *
     * @param variables looks up an environment variable by name; null when unset
     * @throws InvalidConfigurationException naming every offending variable in one line
     */
    public static void check(UnaryOperator<String> variables) {
        var environment = RuntimeEnvironment.of(variables.apply("ENVIRONMENT"));
        var dataDir = Path.of(orDefault(variables.apply("DATA_DIR"), "./data"));
        var database = DatabaseUrl.parse(variables.apply("DATABASE_URL"), dataDir);
        if (environment != RuntimeEnvironment.PRODUCTION) {
            return;
        }
        var problems = violations(variables, database);
        if (!problems.isEmpty()) {
            throw InvalidConfigurationException.refusal(problems.getFirst().variable(),
                    "Refusing to start with ENVIRONMENT=production: "
                            + String.join("; ", problems.stream().map(Violation::text).toList()));
        }
    }

    static List<Violation> violations(UnaryOperator<String> variables, DatabaseUrl database) {
        var problems = new ArrayList<Violation>();
        var secret = orDefault(variables.apply("SECRET_KEY"), "");
        if (secret.isBlank()) {
            problems.add(new Violation("SECRET_KEY", "SECRET_KEY is not set (use at least 32 random characters)"));
        } else if (PLACEHOLDER_SECRETS.contains(secret.strip())) {
            problems.add(new Violation("SECRET_KEY", "SECRET_KEY is still the template placeholder"));
        } else if (secret.length() < MINIMUM_SECRET_LENGTH) {
            problems.add(new Violation("SECRET_KEY", "SECRET_KEY is shorter than " + MINIMUM_SECRET_LENGTH + " characters"));
        } else if (secret.chars().distinct().count() < MINIMUM_DISTINCT_SECRET_CHARACTERS) {
            problems.add(new Violation("SECRET_KEY", "SECRET_KEY is not random enough (too few distinct characters)"));
        }
        if (Flags.isTrue(variables.apply("DEBUG"))) {
            problems.add(new Violation("DEBUG", "DEBUG must be false"));
        }
        var origins = CorsOrigins.parse(variables.apply("CORS_ORIGINS"));
        if (origins.isEmpty() || origins.contains("*")) {
            problems.add(new Violation("CORS_ORIGINS", "CORS_ORIGINS must list the shop's own origins (not empty, not *)"));
        }
        if (database.embedded()) {
            problems.add(new Violation("DATABASE_URL",
                    "DATABASE_URL must point at PostgreSQL (the embedded database is for trying AstroAxis out)"));
        }
        if (Flags.isTrue(variables.apply("DEMO_DATA"))) {
            problems.add(new Violation("DEMO_DATA", "DEMO_DATA must be false (demo accounts have published passwords)"));
        }
        return problems;
    }

    record Violation(String variable, String text) {
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The comma-separated CORS_ORIGINS list, trimmed, without empty entries. */
    public static final class CorsOrigins {
        private CorsOrigins() {
        }

        public static List<String> parse(String value) {
            if (value == null) {
                return List.of();
            }
            return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
