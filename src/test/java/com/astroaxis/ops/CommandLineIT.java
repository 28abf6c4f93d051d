package com.astroaxis.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import com.astroaxis.testing.AstroAxisJar;
import com.astroaxis.testing.TestDatabase;

import org.junit.jupiter.api.Test;

/** The commands of the shipped jar, run as an operator runs them. */
class CommandLineIT {

    @Test
    void printsItsVersionAndCommit() {
        var result = AstroAxisJar.run(Map.of(), null, "version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).matches("AstroAxis \\S+ \\(commit [0-9a-f]{7,}\\)\\s*");
    }

    @Test
    void refusesAnUnknownCommandWithUsage() {
        var result = AstroAxisJar.run(Map.of(), null, "frobnicate");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.stderr()).contains("Unknown command 'frobnicate'", "create-admin", "reset-admin");
    }

    @Test
    void productionWithAShortSecretExitsNamingItInOneLine() {
        var result = AstroAxisJar.run(Map.of("ENVIRONMENT", "production", "SECRET_KEY", "short"), null);

        assertThat(result.exitCode()).isEqualTo(78);
        assertThat(result.stderr().strip()).contains("SECRET_KEY").doesNotContain("\n").doesNotContain("Exception");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void migratesAnEmptyDatabaseThenCreatesAndResetsTheAdministrator() throws SQLException {
        var jdbcUrl = TestDatabase.create();
        var env = Map.of("DATABASE_URL", AstroAxisJar.databaseUrl(jdbcUrl));

        var migrate = AstroAxisJar.run(env, null, "migrate");
        assertThat(migrate.exitCode()).as(migrate.stderr()).isZero();
        assertThat(migrate.stdout()).contains("Database schema is at version");
        assertThat(count(jdbcUrl, "select count(*) from flyway_schema_history where success")).isPositive();

        var create = AstroAxisJar.run(with(env, "ADMIN_PASSWORD", "Lagos-shop-2026"), null, "create-admin", "--username=Owner");
        assertThat(create.exitCode()).as(create.stderr()).isZero();
        assertThat(create.stdout()).contains("Created administrator 'Owner'");
        assertThat(count(jdbcUrl, "select count(*) from id_user where username = 'owner' and active")).isOne();

        var again = AstroAxisJar.run(with(env, "ADMIN_PASSWORD", "Lagos-shop-2026"), null, "create-admin", "--username=owner");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.stderr()).contains("already exists");

        var onCommandLine = AstroAxisJar.run(env, null, "create-admin", "--username=eve", "--password=hunter2hunter2");
        assertThat(onCommandLine.exitCode()).isEqualTo(1);
        assertThat(onCommandLine.stderr()).contains("never taken as arguments");
        assertThat(count(jdbcUrl, "select count(*) from id_user where username = 'eve'")).isZero();

        var hashBefore = text(jdbcUrl, "select password_hash from id_user where username = 'owner'");
        var reset = AstroAxisJar.run(env, "a-brand-new-password\n", "reset-admin", "--username=owner");
        assertThat(reset.exitCode()).as(reset.stderr()).isZero();
        assertThat(text(jdbcUrl, "select password_hash from id_user where username = 'owner'")).isNotEqualTo(hashBefore);
    }

    private static Map<String, String> with(Map<String, String> env, String name, String value) {
        var copy = new java.util.HashMap<>(env);
        copy.put(name, value);
        return copy;
    }

    private static long count(String jdbcUrl, String sql) throws SQLException {
        return Long.parseLong(text(jdbcUrl, sql));
    }

    private static String text(String jdbcUrl, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(jdbcUrl, TestDatabase.username(), TestDatabase.password());
             var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
