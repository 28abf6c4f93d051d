package com.astroaxis.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.astroaxis.testing.Http;
import com.astroaxis.testing.PostgresIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

class OperationsEndpointsTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void readinessChecksTheDatabase() {
        var readiness = Http.json(Http.onPort(port).get("/actuator/health/readiness"));

        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        assertThat(readiness.get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(Http.json(Http.onPort(port).get("/actuator/health/liveness")).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void runsWithoutRedisWhenNoneIsConfigured() {
        var health = Http.json(Http.onPort(port).get("/actuator/health"));

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").has("redis")).isFalse();
    }

    @Test
    void infoNamesTheVersionAndCommit() {
        var info = Http.json(Http.onPort(port).get("/actuator/info"));

        assertThat(info.get("build").get("version").asString()).isNotBlank();
        assertThat(info.get("git").get("commit").get("id").asString()).isNotBlank();
    }

    @Test
    void metricsAreExposedForPrometheusInDevelopment() {
        var metrics = Http.onPort(port).get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
    }

    @Test
    void publishesTheOpenApiDocumentAndItsExplorer() {
        var http = Http.onPort(port);
        var document = Http.json(http.get("/v3/api-docs"));

        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("paths").has("/api/v1/app-info")).isTrue();
        assertThat(http.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }
}
