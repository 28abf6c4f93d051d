package com.astroaxis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.astroaxis.testing.Http;
import com.astroaxis.testing.MutableClock;
import com.astroaxis.testing.PostgresIntegrationTest;
import com.astroaxis.testing.TestUsers;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in, token rotation and immediate revocation, through the real endpoints. */
class SignInTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;
    @Autowired
    MutableClock clock;
    Http http;
    TestUsers users;

    @BeforeEach
    void setUp() {
        http = Http.onPort(port);
        users = new TestUsers(http, identity);
    }

    @Test
    void signsInAndReadsWhoIAm() {
        var admin = users.admin();

        var me = Http.json(http.get("/api/v1/me", admin.bearer()));

        assertThat(me.get("username").asString()).isEqualTo(admin.username());
        assertThat(me.get("roles").toString()).contains("Owner", "Admin");
        assertThat(me.get("permissions").toString()).contains("users.manage");
        assertThat(me.get("totpEnabled").asBoolean()).isFalse();
    }

    @Test
    void wrongCredentialsGetA401Problem() {
        var admin = users.admin();

        var wrongPassword = login(admin.username(), "not-the-password", null);
        var unknownUser = login("nobody-" + admin.username(), TestUsers.PASSWORD, null);

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(Http.map(wrongPassword).get("type")).isEqualTo("urn:astroaxis:problem:invalid-credentials");
        assertThat(unknownUser.statusCode()).isEqualTo(401);
        assertThat(Http.map(unknownUser).get("detail")).isEqualTo(Http.map(wrongPassword).get("detail"));
    }

    @Test
    void fiveWrongPasswordsLockTheUsernameEvenForTheRightPassword() {
        var admin = users.admin();
        for (int i = 0; i < 5; i++) {
            assertThat(login(admin.username(), "wrong-password-" + i, null).statusCode()).isEqualTo(401);
        }

        var right = login(admin.username(), TestUsers.PASSWORD, null);

        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).get().asString().matches("\\d+");
        assertThat(Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);
        assertThat(Http.map(right).get("type")).isEqualTo("urn:astroaxis:problem:too-many-attempts");

        clock.advance(Duration.ofMinutes(16));
        assertThat(login(admin.username(), TestUsers.PASSWORD, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aSuccessResetsTheFailureCount() {
        var admin = users.admin();
        for (int i = 0; i < 4; i++) {
            login(admin.username(), "wrong-password-" + i, null);
        }
        assertThat(login(admin.username(), TestUsers.PASSWORD, null).statusCode()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            login(admin.username(), "wrong-password-" + i, null);
        }

        assertThat(login(admin.username(), TestUsers.PASSWORD, null).statusCode()).isEqualTo(200);
    }

    @Test
    void refreshTokensRotateAndAReplayRevokesTheWholeFamily() {
        var admin = users.admin();

        var first = refresh(admin.refreshToken());
        assertThat(first.statusCode()).isEqualTo(200);
        var rotated = Http.json(first);
        assertThat(rotated.get("refreshToken").asString()).isNotEqualTo(admin.refreshToken());

        var replay = refresh(admin.refreshToken());

        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(refresh(rotated.get("refreshToken").asString()).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/me", "Authorization", "Bearer " + rotated.get("accessToken").asString())
                .statusCode()).isEqualTo(401);
    }

    @Test
    void aDisabledUsersTokenFailsOnItsNextRequest() {
        var admin = users.admin();
        var cashier = users.withRoles(admin, "Cashier");
        assertThat(http.get("/api/v1/me", cashier.bearer()).statusCode()).isEqualTo(200);
        var id = Http.json(http.get("/api/v1/me", cashier.bearer())).get("id").asString();

        var disable = http.send(http.request("/api/v1/users/" + id, admin.bearer())
                .header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"active\":false}")).build());

        assertThat(disable.statusCode()).as(disable.body()).isEqualTo(200);
        var after = http.get("/api/v1/me", cashier.bearer());
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(refresh(cashier.refreshToken()).statusCode()).isEqualTo(401);
        assertThat(login(cashier.username(), TestUsers.PASSWORD, null).statusCode()).isEqualTo(401);
    }

    @Test
    void signingOutEndsTheSessionAtOnce() {
        var admin = users.admin();

        var logout = http.post("/api/v1/auth/logout", "application/json", "{}", admin.bearer());

        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(http.get("/api/v1/me", admin.bearer()).statusCode()).isEqualTo(401);
        assertThat(refresh(admin.refreshToken()).statusCode()).isEqualTo(401);
    }

    @Test
    void anIdleSessionCannotBeRefreshed() {
        var admin = users.admin();

        clock.advance(Duration.ofMinutes(31));

        assertThat(refresh(admin.refreshToken()).statusCode()).isEqualTo(401);
    }

    @Test
    void anActiveSessionIsKeptAliveByRefreshing() {
        var admin = users.admin();
        var refreshToken = admin.refreshToken();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(20));
            var response = refresh(refreshToken);
            assertThat(response.statusCode()).isEqualTo(200);
            refreshToken = Http.json(response).get("refreshToken").asString();
        }
    }

    @Test
    void anExpiredAccessTokenIsRefused() {
        var admin = users.admin();

        clock.advance(Duration.ofMinutes(16));

        assertThat(http.get("/api/v1/me", admin.bearer()).statusCode()).isEqualTo(401);
    }

    @Test
    void malformedJsonToSignInIsABadRequestProblem() {
        var response = http.post("/api/v1/auth/login", "application/json", "{\"username\": \"ada\", ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.map(response).get("type")).isEqualTo("urn:astroaxis:problem:malformed-request");
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    private java.net.http.HttpResponse<String> login(String username, String password, String otp) {
        return http.post("/api/v1/auth/login", "application/json", "{\"username\":\"" + username
                + "\",\"password\":\"" + password + "\"" + (otp == null ? "" : ",\"otp\":\"" + otp + "\"") + "}");
    }

    private java.net.http.HttpResponse<String> refresh(String token) {
        return http.post("/api/v1/auth/refresh", "application/json", "{\"refreshToken\":\"" + token + "\"}");
    }
}
