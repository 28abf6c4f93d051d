package com.astroaxis.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.astroaxis.identity.IdentityManagement;
import com.astroaxis.testing.Http;
import com.astroaxis.testing.MutableClock;
import com.astroaxis.testing.PostgresIntegrationTest;
import com.astroaxis.testing.TestUsers;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Enrolling an authenticator, then signing in with one-time codes that cannot be replayed. */
class TotpSignInTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    Http http;
    TestUsers users;

    @BeforeEach
    void setUp() {
        http = Http.onPort(port);
        users = new TestUsers(http, identity);
    }

    @Test
    void enrolsThenRequiresAndAcceptsEachCodeOnce() {
        var admin = users.admin();
        var enrolment = Http.json(http.post("/api/v1/me/totp", "application/json", "", admin.bearer()));
        assertThat(enrolment.get("otpauthUri").asString()).startsWith("otpauth://totp/AstroAxis%3A" + admin.username());
        assertThat(enrolment.get("qrCodeDataUri").asString()).startsWith("data:image/svg+xml;base64,");
        var secret = Base32.decode(enrolment.get("secret").asString());
        assertThat(jdbc.sql("select totp_secret from id_user where username = ?").param(admin.username())
                .query(String.class).single()).doesNotContain(enrolment.get("secret").asString());

        var confirm = http.post("/api/v1/me/totp/confirm", "application/json",
                "{\"code\":\"" + codeAt(secret, 0) + "\"}", admin.bearer());
        assertThat(confirm.statusCode()).as(confirm.body()).isEqualTo(204);

        var withoutCode = login(admin.username(), null);
        assertThat(withoutCode.statusCode()).isEqualTo(401);
        assertThat(Http.map(withoutCode).get("type").toString()).endsWith("otp-required");

        var enrolmentCodeAgain = login(admin.username(), codeAt(secret, 0));
        assertThat(Http.map(enrolmentCodeAgain).get("type").toString()).endsWith("otp-invalid");

        clock.advance(Duration.ofSeconds(30));
        var fresh = codeAt(secret, 0);
        assertThat(login(admin.username(), fresh).statusCode()).isEqualTo(200);

        var replay = login(admin.username(), fresh);
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(Http.map(replay).get("type").toString()).endsWith("otp-invalid");
        assertThat(Http.json(http.get("/api/v1/me", users.login(admin.username(), TestUsers.PASSWORD, codeAt(secret, 30))
                .bearer())).get("totpEnabled").asBoolean()).isTrue();
    }

    @Test
    void aWrongCodeDoesNotEnrol() {
        var admin = users.admin();
        var enrolment = Http.json(http.post("/api/v1/me/totp", "application/json", "", admin.bearer()));
        var secret = Base32.decode(enrolment.get("secret").asString());
        var wrong = codeAt(secret, 0).equals("000000") ? "111111" : "000000";

        var confirm = http.post("/api/v1/me/totp/confirm", "application/json", "{\"code\":\"" + wrong + "\"}",
                admin.bearer());

        assertThat(confirm.statusCode()).isEqualTo(400);
        assertThat(Http.map(confirm).get("type").toString()).endsWith("otp-invalid");
        assertThat(login(admin.username(), null).statusCode()).isEqualTo(200);
    }

    private String codeAt(byte[] secret, long offsetSeconds) {
        return Totp.code(secret, Totp.step(clock.instant().plusSeconds(offsetSeconds)), 6, "HmacSHA1");
    }

    private java.net.http.HttpResponse<String> login(String username, String otp) {
        return http.post("/api/v1/auth/login", "application/json", "{\"username\":\"" + username + "\",\"password\":\""
                + TestUsers.PASSWORD + "\"" + (otp == null ? "" : ",\"otp\":\"" + otp + "\"") + "}");
    }
}
