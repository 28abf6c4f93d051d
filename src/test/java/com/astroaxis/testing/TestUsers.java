package com.astroaxis.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import com.astroaxis.identity.IdentityManagement;

/** Users for API tests, created and signed in through the real endpoints. */
public final class TestUsers {

    public static final String PASSWORD = "Lagos-market-2026!";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final Http http;
    private final IdentityManagement identity;

    public TestUsers(Http http, IdentityManagement identity) {
        this.http = http;
        this.identity = identity;
    }

    public record Tokens(String username, String accessToken, String refreshToken) {
        public String[] bearer() {
            return new String[] {"Authorization", "Bearer " + accessToken};
        }
    }

    public static String unique(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    }

    /** An Owner/Admin, signed in. */
    public Tokens admin() {
        var username = unique("admin");
        identity.createAdministrator(username, "Test Administrator", PASSWORD, "test");
        return login(username, PASSWORD);
    }

    /** A user with the given roles, created by the administrator, signed in. */
    public Tokens withRoles(Tokens admin, String... roles) {
        var username = create(admin, roles);
        return login(username, PASSWORD);
    }

    public String create(Tokens admin, String... roles) {
        var username = unique("user");
        var body = "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Test "
                + username + "\",\"roles\":" + Arrays.stream(roles).map(r -> "\"" + r + "\"").toList() + "}";
        var response = http.post("/api/v1/users", "application/json", body, admin.bearer());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return username;
    }

    public Tokens login(String username, String password) {
        return login(username, password, null);
    }

    public Tokens login(String username, String password, String otp) {
        var response = http.post("/api/v1/auth/login", "application/json", "{\"username\":\"" + username
                + "\",\"password\":\"" + password + "\"" + (otp == null ? "" : ",\"otp\":\"" + otp + "\"") + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var json = Http.json(response);
        return new Tokens(username, json.get("accessToken").asString(), json.get("refreshToken").asString());
    }
}
