package com.astroaxis.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.astroaxis.testing.Http;
import com.astroaxis.testing.PostgresIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** In production the metrics stay on the management port; the public port only answers the probes. */
@TestPropertySource(properties = {
        "ENVIRONMENT=production", "SECRET_KEY=t9Jq2Vx7Lm4Rb8Nz1Kc6Hw3Pd5Fs0Gy7",
        "CORS_ORIGINS=https://shop.example.ng", "DATABASE_URL=postgresql://db.invalid/overridden-by-the-test",
        "management.server.port=0", "management.server.address=127.0.0.1"})
class ProductionOperationsTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @Test
    void metricsAreNotOnThePublicPort() {
        var response = Http.onPort(port).get("/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("jvm_memory");
    }

    @Test
    void metricsAndHealthAreOnTheManagementPort() {
        var management = Http.onPort(managementPort);

        assertThat(management.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
        assertThat(Http.json(management.get("/actuator/health/readiness")).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void probesStayOnThePublicPortForTheLoadBalancer() {
        var http = Http.onPort(port);

        assertThat(Http.json(http.get("/readyz")).get("status").asString()).isEqualTo("UP");
        assertThat(Http.json(http.get("/livez")).get("status").asString()).isEqualTo("UP");
    }
}
