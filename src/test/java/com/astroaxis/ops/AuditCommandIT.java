package com.astroaxis.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import com.astroaxis.testing.AstroAxisJar;
import com.astroaxis.testing.TestDatabase;

import org.junit.jupiter.api.Test;

/** {@code audit verify} in the shipped jar, against a trail written by the jar's own commands. */
class AuditCommandIT {

    @Test
    void verifiesAnIntactTrailThenNamesTheEntryASuperuserAltered() throws SQLException {
        var jdbcUrl = TestDatabase.create();
        var env = Map.of("DATABASE_URL", AstroAxisJar.databaseUrl(jdbcUrl));
        var withPassword = new HashMap<>(env);
        withPassword.put("ADMIN_PASSWORD", "Kano-market-2026");

        var migrate = AstroAxisJar.run(env, null, "migrate");
        assertThat(migrate.exitCode()).as(migrate.stderr()).isZero();
        for (var username : new String[] {"owner", "manager"}) {
            var create = AstroAxisJar.run(withPassword, null, "create-admin", "--username=" + username);
            assertThat(create.exitCode()).as(create.stderr()).isZero();
        }
        var reset = AstroAxisJar.run(env, "another-passphrase\n", "reset-admin", "--username=manager");
        assertThat(reset.exitCode()).as(reset.stderr()).isZero();
        assertThat(sql(jdbcUrl, "select action from au_entry where sequence_number = 3")).isEqualTo("user.admin-reset");
        assertThat(sql(jdbcUrl, "select after_state from au_entry where sequence_number = 1"))
                .isEqualTo("{\"roles\":[\"Owner\",\"Admin\"],\"username\":\"owner\"}");
        assertThat(sql(jdbcUrl, "select string_agg(coalesce(after_state, ''), ' ') from au_entry"))
                .doesNotContain("Kano-market-2026", "another-passphrase", "bcrypt");

        var intact = AstroAxisJar.run(env, null, "audit", "verify");
        assertThat(intact.exitCode()).as(intact.stderr()).isZero();
        assertThat(intact.stdout().strip()).isEqualTo("Audit trail intact: 3 entries checked.");

        sql(jdbcUrl, "alter table au_entry disable trigger au_entry_append_only");
        sql(jdbcUrl, "update au_entry set actor = 'someone-else' where sequence_number = 2");
        sql(jdbcUrl, "alter table au_entry enable trigger au_entry_append_only");

        var broken = AstroAxisJar.run(env, null, "audit", "verify");
        assertThat(broken.exitCode()).as(broken.stderr()).isEqualTo(2);
        assertThat(broken.stdout()).startsWith("Audit trail broken at sequence 2: entry content was altered\n")
                .contains("1 entries before it are intact");
    }

    @Test
    void auditWithoutAKnownSubCommandIsAUsageError() {
        var result = AstroAxisJar.run(Map.of(), null, "audit", "repair");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.stderr()).contains("'audit verify'");
    }

    @Test
    void usageListsAuditVerify() {
        var result = AstroAxisJar.run(Map.of(), null, "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("audit verify", "check that the audit trail is complete and unaltered");
    }

    /** Runs one statement as the test's superuser; returns the first column of the first row of a query. */
    private static String sql(String jdbcUrl, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(jdbcUrl, TestDatabase.username(), TestDatabase.password());
             var statement = connection.createStatement()) {
            if (!statement.execute(sql)) {
                return null;
            }
            try (var result = statement.getResultSet()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }
}
