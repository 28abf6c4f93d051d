package com.astroaxis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;

import com.astroaxis.audit.AuditEntryView;
import com.astroaxis.audit.AuditManagement;
import com.astroaxis.audit.AuditQuery;
import com.astroaxis.testing.Http;
import com.astroaxis.testing.PostgresIntegrationTest;
import com.astroaxis.testing.TestUsers;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every security event lands in the audit trail with who, what, why, the request id and the client address. */
class SecurityAuditTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;
    @Autowired
    AuditManagement audit;
    Http http;
    TestUsers users;

    @BeforeEach
    void setUp() {
        http = Http.onPort(port);
        users = new TestUsers(http, identity);
    }

    @Test
    void recordsSignInsFailuresAndTheLockout() {
        var admin = users.admin();
        for (int i = 0; i < 5; i++) {
            http.post("/api/v1/auth/login", "application/json",
                    "{\"username\":\"" + admin.username() + "\",\"password\":\"wrong-" + i + "\"}");
        }

        assertThat(entries(admin.username(), "auth.login-succeeded")).hasSize(1);
        assertThat(entries(admin.username(), "auth.login-failed")).hasSize(5);
        var lockout = entries(admin.username(), "auth.locked-out");
        assertThat(lockout).hasSize(1);
        assertThat(lockout.getFirst().reason()).contains("too many failed");
        assertThat(lockout.getFirst().requestId()).isNotBlank();
        assertThat(lockout.getFirst().clientIp()).isEqualTo("127.0.0.1");
    }

    @Test
    void recordsARevokedTokenFamilyAndUserChangesWithTheirReason() {
        var admin = users.admin();
        var cashier = users.withRoles(admin, "Cashier");
        http.post("/api/v1/auth/refresh", "application/json", "{\"refreshToken\":\"" + cashier.refreshToken() + "\"}");
        http.post("/api/v1/auth/refresh", "application/json", "{\"refreshToken\":\"" + cashier.refreshToken() + "\"}");
        var id = Http.json(http.get("/api/v1/me", admin.bearer())).get("id").asString();
        var cashierId = idOf(admin, cashier.username());
        http.send(http.request("/api/v1/users/" + cashierId, admin.bearer()).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(
                        "{\"active\":false,\"reason\":\"left the company\"}")).build());

        assertThat(audit.search(new AuditQuery(null, "auth.token-family-revoked", null, null, 0, 200)).items())
                .anySatisfy(entry -> assertThat(entry.reason()).contains("presented twice"));
        var change = entries(admin.username(), "user.updated");
        assertThat(change).anySatisfy(entry -> {
            assertThat(entry.objectId()).isEqualTo(cashierId);
            assertThat(entry.before().get("active")).isEqualTo(true);
            assertThat(entry.after().get("active")).isEqualTo(false);
            assertThat(entry.reason()).isEqualTo("left the company");
        });
        assertThat(entries(admin.username(), "user.created")).isNotEmpty();
        assertThat(id).isNotBlank();
        assertThat(audit.verify().ok()).isTrue();
    }

    @Test
    void recordsRoleChangesAndTotpEnrolment() {
        var admin = users.admin();
        http.post("/api/v1/roles", "application/json", "{\"name\":\"Stock " + TestUsers.unique("c").replace("-", "")
                + "\",\"permissions\":[]}", admin.bearer());

        assertThat(entries(admin.username(), "role.created")).hasSize(1);
        assertThat(audit.search(new AuditQuery(admin.username(), null, null, null, 0, 200)).items())
                .extracting(AuditEntryView::action).doesNotContain("auth.totp-enrolled");
    }

    private List<AuditEntryView> entries(String actor, String action) {
        return audit.search(new AuditQuery(actor, action, null, null, 0, 200)).items();
    }

    private String idOf(TestUsers.Tokens admin, String username) {
        for (var user : Http.json(http.get("/api/v1/users", admin.bearer()))) {
            if (user.get("username").asString().equals(username)) {
                return user.get("id").asString();
            }
        }
        throw new AssertionError(username);
    }
}
