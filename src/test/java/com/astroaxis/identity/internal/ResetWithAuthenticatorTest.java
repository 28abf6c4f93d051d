package com.astroaxis.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Pattern;

import com.astroaxis.identity.IdentityManagement;
import com.astroaxis.notifications.NotificationsIntegrationTest;
import com.astroaxis.testing.Http;
import com.astroaxis.testing.MutableClock;
import com.astroaxis.testing.TestUsers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reset code alone never gets past an enrolled authenticator. */
class ResetWithAuthenticatorTest extends NotificationsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;
    @Autowired
    MutableClock clock;

    @Test
    void aResetCodeStillNeedsTheAuthenticatorCode() throws Exception {
        var http = Http.onPort(port);
        var users = new TestUsers(http, identity);
        var admin = users.admin();
        var email = TestUsers.unique("owner") + "@example.ng";
        var id = Http.json(http.get("/api/v1/me", admin.bearer())).get("id").asString();
        var patch = http.send(http.request("/api/v1/users/" + id, admin.bearer()).header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\"}")).build());
        assertThat(patch.statusCode()).isEqualTo(200);
        var secret = Base32.decode(Http.json(http.post("/api/v1/me/totp", "application/json", "", admin.bearer()))
                .get("secret").asString());
        assertThat(http.post("/api/v1/me/totp/confirm", "application/json", "{\"code\":\"" + code(secret) + "\"}",
                admin.bearer()).statusCode()).isEqualTo(204);

        http.post("/api/v1/auth/password-reset", "application/json",
                "{\"username\":\"" + admin.username() + "\",\"channel\":\"EMAIL\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailTo(email).isEmpty());
        var matcher = Pattern.compile("\\b(\\d{6})\\b").matcher(mailTo(email).getFirst().getContent().toString());
        assertThat(matcher.find()).isTrue();
        var resetCode = matcher.group(1);
        var body = "{\"username\":\"" + admin.username() + "\",\"code\":\"" + resetCode
                + "\",\"newPassword\":\"brand new passphrase 9\"";

        var withoutOtp = http.post("/api/v1/auth/password-reset/confirm", "application/json", body + "}");
        assertThat(withoutOtp.statusCode()).isEqualTo(401);
        assertThat(Http.map(withoutOtp).get("type").toString()).endsWith("otp-required");

        clock.advance(Duration.ofSeconds(30));
        var withOtp = http.post("/api/v1/auth/password-reset/confirm", "application/json",
                body + ",\"otp\":\"" + code(secret) + "\"}");
        assertThat(withOtp.statusCode()).as(withOtp.body()).isEqualTo(204);
    }

    private String code(byte[] secret) {
        return Totp.code(secret, Totp.step(clock.instant()), 6, "HmacSHA1");
    }
}
