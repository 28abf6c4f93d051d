package com.astroaxis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

import com.astroaxis.notifications.NotificationsIntegrationTest;
import com.astroaxis.testing.Http;
import com.astroaxis.testing.MutableClock;
import com.astroaxis.testing.TestUsers;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Password reset by a code sent through the real channels: GreenMail for email, a stand-in SMS gateway. */
class PasswordResetTest extends NotificationsIntegrationTest {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;
    @Autowired
    MutableClock clock;
    Http http;
    TestUsers users;
    TestUsers.Tokens admin;

    @BeforeEach
    void setUp() {
        http = Http.onPort(port);
        users = new TestUsers(http, identity);
        admin = users.admin();
    }

    @Test
    void aCodeByEmailSetsANewPasswordOnceAndEndsEverySession() throws Exception {
        var email = TestUsers.unique("ngozi") + "@example.ng";
        var user = createUser(email, "+2348031234567");
        var session = users.login(user, TestUsers.PASSWORD);

        assertThat(request(user, "EMAIL").statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailTo(email).isEmpty());
        var message = mailTo(email).getFirst();
        assertThat(message.getSubject()).isEqualTo("Your AstroAxis password reset code");
        var matcher = CODE.matcher(message.getContent().toString());
        assertThat(matcher.find()).isTrue();
        var code = matcher.group(1);

        var confirm = confirm(user, code, "a new passphrase 2026", null);

        assertThat(confirm.statusCode()).as(confirm.body()).isEqualTo(204);
        assertThat(http.get("/api/v1/me", session.bearer()).statusCode()).isEqualTo(401);
        assertThat(users.login(user, "a new passphrase 2026").accessToken()).isNotBlank();
        assertThat(confirm(user, code, "another passphrase 2026", null).statusCode()).isEqualTo(400);
    }

    @Test
    void aCodeBySmsReachesTheGateway() {
        var phone = "+23480" + (10_000_000 + (int) (Math.random() * 89_999_999));
        var user = createUser(TestUsers.unique("bayo") + "@example.ng", phone);

        assertThat(request(user, "SMS").statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(20)).until(() -> !SMS_GATEWAY.receivedFor(phone).isEmpty());
        var sms = SMS_GATEWAY.receivedFor(phone).getFirst();
        assertThat(sms.authorization()).isEqualTo("Bearer test-sms-key");
        assertThat(CODE.matcher(sms.body()).find()).isTrue();
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAndNoMessage() {
        assertThat(request("nobody-" + TestUsers.unique("x"), "EMAIL").statusCode()).isEqualTo(202);
    }

    @Test
    void aCodeExpiresAfterTenMinutesAndAllowsFiveGuesses() throws Exception {
        var email = TestUsers.unique("chika") + "@example.ng";
        var user = createUser(email, null);
        request(user, "EMAIL");
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailTo(email).isEmpty());
        var matcher = CODE.matcher(mailTo(email).getFirst().getContent().toString());
        assertThat(matcher.find()).isTrue();
        var code = matcher.group(1);
        var wrong = code.equals("000000") ? "111111" : "000000";

        for (int i = 0; i < 5; i++) {
            assertThat(confirm(user, wrong, "a new passphrase 2026", null).statusCode()).isEqualTo(400);
        }
        assertThat(confirm(user, code, "a new passphrase 2026", null).statusCode()).as("burnt after five guesses")
                .isEqualTo(400);

        request(user, "EMAIL");
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(email).size() >= 2);
        var second = CODE.matcher(mailTo(email).get(1).getContent().toString());
        assertThat(second.find()).isTrue();
        clock.advance(Duration.ofMinutes(11));
        assertThat(confirm(user, second.group(1), "a new passphrase 2026", null).statusCode()).isEqualTo(400);
    }

    private String createUser(String email, String phone) {
        var username = TestUsers.unique("reset");
        var response = http.post("/api/v1/users", "application/json", "{\"username\":\"" + username + "\",\"password\":\""
                + TestUsers.PASSWORD + "\",\"displayName\":\"Reset Tester\",\"email\":\"" + email + "\""
                + (phone == null ? "" : ",\"phone\":\"" + phone + "\"") + ",\"roles\":[\"Cashier\"]}", admin.bearer());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return username;
    }

    private HttpResponse<String> request(String username, String channel) {
        return http.post("/api/v1/auth/password-reset", "application/json",
                "{\"username\":\"" + username + "\",\"channel\":\"" + channel + "\"}");
    }

    private HttpResponse<String> confirm(String username, String code, String password, String otp) {
        return http.post("/api/v1/auth/password-reset/confirm", "application/json", "{\"username\":\"" + username
                + "\",\"code\":\"" + code + "\",\"newPassword\":\"" + password + "\""
                + (otp == null ? "" : ",\"otp\":\"" + otp + "\"") + "}");
    }
}
