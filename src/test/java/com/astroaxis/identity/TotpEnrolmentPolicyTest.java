package com.astroaxis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.astroaxis.testing.Http;
import com.astroaxis.testing.PostgresIntegrationTest;
import com.astroaxis.testing.TestUsers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** In production an Owner or Admin must enrol an authenticator before doing anything else. */
@TestPropertySource(properties = {
        "ENVIRONMENT=production", "SECRET_KEY=t9Jq2Vx7Lm4Rb8Nz1Kc6Hw3Pd5Fs0Gy7",
        "CORS_ORIGINS=https://shop.example.ng", "DATABASE_URL=postgresql://db.invalid/overridden-by-the-test",
        "management.server.port=0"})
class TotpEnrolmentPolicyTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;

    @Test
    void anAdministratorWithoutAnAuthenticatorCanOnlyEnrol() {
        var http = Http.onPort(port);
        var admin = new TestUsers(http, identity).admin();

        var me = Http.json(http.get("/api/v1/me", admin.bearer()));
        var users = http.get("/api/v1/users", admin.bearer());
        var enrol = http.post("/api/v1/me/totp", "application/json", "", admin.bearer());

        assertThat(me.get("totpRequired").asBoolean()).isTrue();
        assertThat(users.statusCode()).isEqualTo(403);
        assertThat(Http.map(users).get("type")).isEqualTo("urn:astroaxis:problem:totp-enrolment-required");
        assertThat(enrol.statusCode()).isEqualTo(200);
    }
}
