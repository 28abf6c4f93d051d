package com.astroaxis.platform.config;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Turns the {@code DATABASE_URL} a hosting provider hands out into JDBC settings.
 * <p>
 * Accepted forms: {@code postgresql://user:pass@host:port/db?ssl=require} (also {@code postgres://} and the
 * driver-suffixed {@code postgresql+asyncpg://} of older deployments), {@code jdbc:postgresql://…} as it is, and
 * nothing at all, which selects the embedded H2 database in PostgreSQL mode under the data directory.
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

    static final String VARIABLE = "DATABASE_URL";
    private static final Set<String> POSTGRES_SCHEMES = Set.of("postgres", "postgresql");
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    public static DatabaseUrl parse(String databaseUrl, Path dataDir) {
        if (databaseUrl == null || databaseUrl.isBlank()) {
            return embedded(dataDir);
        }
        var url = databaseUrl.strip();
        if (url.startsWith("jdbc:")) {
            return new DatabaseUrl(url, null, null);
        }
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) {
            throw new InvalidConfigurationException(VARIABLE, "is not a URL: expected postgresql://user:password@host:port/database");
        }
        var scheme = url.substring(0, schemeEnd).toLowerCase();
        var baseScheme = scheme.contains("+") ? scheme.substring(0, scheme.indexOf('+')) : scheme;
        if (!POSTGRES_SCHEMES.contains(baseScheme)) {
            throw new InvalidConfigurationException(VARIABLE, "uses '" + scheme + "://': only PostgreSQL is supported");
        }
        return fromPostgresUrl(url.substring(schemeEnd + 3));
    }

    /** True for the zero-setup embedded database, which is for trying AstroAxis out, never for production. */
    public boolean embedded() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    private static DatabaseUrl embedded(Path dataDir) {
        var file = dataDir.toAbsolutePath().normalize().resolve("db").resolve("astroaxis");
        return new DatabaseUrl("jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa", "");
    }

    private static DatabaseUrl fromPostgresUrl(String rest) {
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String username = null;
        String password = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            var userInfo = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = userInfo.indexOf(':');
            username = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        int slash = rest.indexOf('/');
        var hosts = slash < 0 ? rest : rest.substring(0, slash);
        var database = slash < 0 ? "" : decode(rest.substring(slash + 1));
        if (hosts.isBlank()) {
            throw new InvalidConfigurationException(VARIABLE, "has no host name");
        }
        if (database.isBlank()) {
            throw new InvalidConfigurationException(VARIABLE, "does not name a database (…@host:5432/database)");
        }
        var jdbc = "jdbc:postgresql://" + hosts + "/" + database;
        var parameters = jdbcParameters(query);
        if (!parameters.isEmpty()) {
            var joiner = new StringJoiner("&", "?", "");
            parameters.forEach((name, value) -> joiner.add(name + "=" + value));
            jdbc += joiner;
        }
        return new DatabaseUrl(jdbc, emptyToNull(username), password);
    }

    private static Map<String, String> jdbcParameters(String query) {
        var parameters = new LinkedHashMap<String, String>();
        if (query == null || query.isBlank()) {
            return parameters;
        }
        for (var pair : query.split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            var name = eq < 0 ? pair : pair.substring(0, eq);
            var value = eq < 0 ? "" : pair.substring(eq + 1);
            if (name.equals("ssl") || name.equals("sslmode")) {
                parameters.put("sslmode", sslModeOf(value));
            } else {
                parameters.put(name, value);
            }
        }
        return parameters;
    }

    private static String sslModeOf(String value) {
        var mode = value.toLowerCase();
        return switch (mode) {
            case "true", "1", "on" -> "require";
            case "false", "0", "off" -> "disable";
            default -> {
                if (!SSL_MODES.contains(mode)) {
                    throw new InvalidConfigurationException(VARIABLE, "has an unknown ssl mode '" + value + "'");
                }
                yield mode;
            }
        };
    }

    /** Percent-decoding as in a URL's user information: '+' stays a plus sign. */
    private static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        var bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && isHex(text, i + 1)) {
                bytes.write(Integer.parseInt(text, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String text, int from) {
        return from + 1 < text.length()
                && Character.digit(text.charAt(from), 16) >= 0
                && Character.digit(text.charAt(from + 1), 16) >= 0;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + jdbcUrl + ", user=" + username + ", password=" + (password == null ? "none" : "****") + "]";
    }
}
