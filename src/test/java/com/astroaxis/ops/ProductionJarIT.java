package com.astroaxis.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.astroaxis.testing.AstroAxisJar;
import com.astroaxis.testing.Http;
import com.astroaxis.testing.TestDatabase;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The jar as production runs it: JSON log lines carrying request ids, metrics only on the management port. */
class ProductionJarIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static int managementPort;
    private static AstroAxisJar.Server server;

    @BeforeAll
    static void start() {
        managementPort = AstroAxisJar.freePort();
        server = AstroAxisJar.serve(Map.of(
                "ENVIRONMENT", "production",
                "SECRET_KEY", "Zq8w3Rt6Yu1Io4Pa7Sd0Fg2Hj5Kl9Xc3V",
                "CORS_ORIGINS", "https://shop.example.ng",
                "DATABASE_URL", AstroAxisJar.databaseUrl(TestDatabase.create()),
                "MANAGEMENT_PORT", String.valueOf(managementPort)), "/readyz");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void logsOneJsonObjectPerLineWithTheRequestId() {
        server.http().get("/api/v1/app-info", "X-Request-Id", "prod-check-000001");

        var lines = server.log().lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).isNotEmpty();
        assertThat(lines).allSatisfy(line -> assertThat(JSON.readTree(line).isObject()).as(line).isTrue());
        assertThat(lines).anySatisfy(line -> {
            var entry = JSON.readTree(line);
            assertThat(entry.path("log").path("logger").asString()).isEqualTo("astroaxis.access");
            assertThat(line).contains("prod-check-000001", "/api/v1/app-info");
        });
        assertThat(server.log()).doesNotContain("\tat ");
    }

    @Test
    void keepsMetricsOffThePublicPort() {
        assertThat(server.http().get("/actuator/prometheus").statusCode()).isEqualTo(404);
        assertThat(Http.onPort(managementPort).get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
        assertThat(Http.json(Http.onPort(managementPort).get("/actuator/info")).path("git").path("commit").isMissingNode())
                .isFalse();
    }
}
