package com.astroaxis.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.astroaxis.testing.Http;
import com.astroaxis.testing.PostgresIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** With REDIS_URL set, Redis is connected and reported in health (the test run's Redis on 127.0.0.1:6379). */
@TestPropertySource(properties = "REDIS_URL=redis://127.0.0.1:6379")
class RedisHealthTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void healthReportsRedisWhenConfigured() {
        var health = Http.json(Http.onPort(port).get("/actuator/health"));

        assertThat(health.get("components").get("redis").get("status").asString()).isEqualTo("UP");
    }
}
