package com.astroaxis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import com.astroaxis.testing.PostgresIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@Import(AdministratorAccountsTest.Recorder.class)
class AdministratorAccountsTest extends PostgresIntegrationTest {

    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    List<AdministratorChanged> events;

    @Test
    void createsAnOwnerAdministratorWithAHashedPassword() {
        var id = identity.createAdministrator("  Ada.Obi ", "Ada Obi", "correct horse battery", "test");

        var row = jdbc.sql("select username, display_name, password_hash, active from id_user where id = ?")
                .param(id.value()).query().singleRow();
        assertThat(row.get("username")).isEqualTo("ada.obi");
        assertThat(row.get("active")).isEqualTo(true);
        assertThat((String) row.get("password_hash")).doesNotContain("correct horse").startsWith("{argon2}");
        assertThat(passwords.matches("correct horse battery", (String) row.get("password_hash"))).isTrue();
        assertThat(roles(id)).containsExactlyInAnyOrder("Owner", "Admin");
        assertThat(events).anySatisfy(e -> assertThat(e.userId()).isEqualTo(id));
    }

    @Test
    void refusesASecondAccountWithTheSameUsernameInAnyCase() {
        identity.createAdministrator("chidi", null, "a long enough password", "test");

        assertThatThrownBy(() -> identity.createAdministrator("CHIDI", null, "another password!", "test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already exists");
        assertThat(jdbc.sql("select count(*) from id_user where username = 'chidi'").query(Long.class).single()).isOne();
    }

    @Test
    void refusesAShortPasswordAndWritesNothing() {
        assertThatThrownBy(() -> identity.createAdministrator("bola", null, "short", "test"))
                .hasMessageContaining("at least 8 characters");
        assertThat(jdbc.sql("select count(*) from id_user where username = 'bola'").query(Long.class).single()).isZero();
    }

    @Test
    void resetGivesANewPasswordAndReEnablesTheAccount() {
        var id = identity.createAdministrator("emeka", null, "first password 1", "test");
        jdbc.sql("update id_user set active = false where id = ?").param(id.value()).update();

        var reset = identity.resetAdministrator("Emeka", "second password 2", "test");

        assertThat(reset).isEqualTo(id);
        var row = jdbc.sql("select password_hash, active from id_user where id = ?").param(id.value()).query().singleRow();
        assertThat(row.get("active")).isEqualTo(true);
        assertThat(passwords.matches("second password 2", (String) row.get("password_hash"))).isTrue();
        assertThat(events).anySatisfy(e -> assertThat(e.kind()).isEqualTo(AdministratorChanged.Kind.RESET));
    }

    @Test
    void resetCreatesTheAdministratorWhenMissing() {
        var id = identity.resetAdministrator("funmi", "brand new password", "test");

        assertThat(roles(id)).contains("Admin");
    }

    private List<String> roles(UserId id) {
        return jdbc.sql("select role from id_user_role where user_id = ?").param(id.value()).query(String.class).list();
    }

    @TestConfiguration
    static class Recorder {
        private final List<AdministratorChanged> seen = new ArrayList<>();

        @Bean
        List<AdministratorChanged> administratorEvents() {
            return seen;
        }

        @EventListener
        void on(AdministratorChanged event) {
            seen.add(event);
        }
    }
}
