package com.astroaxis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.astroaxis.testing.Http;
import com.astroaxis.testing.PostgresIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Sign-in requests per client address are limited, whatever usernames they try; Redis shares the count. */
@TestPropertySource(properties = {"AUTH_RATE_LIMIT_PER_MINUTE=5", "REDIS_URL=redis://127.0.0.1:6379"})
class SignInRateLimitTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void manyUsernamesFromOneAddressAreSlowedDown() {
        var http = Http.onPort(port);
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 12; i++) {
            var response = http.post("/api/v1/auth/login", "application/json",
                    "{\"username\":\"guess" + i + "\",\"password\":\"not-a-password\"}");
            if (response.statusCode() == 429) {
                limited++;
                retryAfter = response.headers().firstValue("Retry-After").orElse(null);
                assertThat(Http.map(response).get("type")).isEqualTo("urn:astroaxis:problem:rate-limited");
            } else {
                assertThat(response.statusCode()).isEqualTo(401);
            }
        }

        assertThat(limited).isGreaterThanOrEqualTo(6);
        assertThat(retryAfter).matches("\\d+");
    }
}
