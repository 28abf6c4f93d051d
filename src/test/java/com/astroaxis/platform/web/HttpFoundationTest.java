package com.astroaxis.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;

import com.astroaxis.testing.Http;
import com.astroaxis.testing.PostgresIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

/** What every HTTP response promises, whatever module answers it: headers, request ids and problem documents. */
@Import(HttpFoundationTest.EchoEndpoint.class)
@TestPropertySource(properties = {"CORS_ORIGINS=https://shop.example.ng", "MAX_REQUEST_BODY_KB=4"})
class HttpFoundationTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = Http.onPort(port);
    }

    @Test
    void malformedJsonGetsAProblemDocumentWithoutInternals() {
        var response = http.post("/test-api/echo", "application/json", "{\"name\": \"Rice\", \"priceKobo\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "malformed-request");
        assertThat(Http.map(response).get("detail").toString()).contains("not valid JSON");
        assertThat(response.body()).doesNotContain("Exception", "tools.jackson", "at com.", "\tat ");
    }

    @Test
    void aWrongTypeNamesTheFieldNotTheJavaClass() {
        var response = http.post("/test-api/echo", "application/json", "{\"name\":\"Rice\",\"priceKobo\":\"lots\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.map(response).get("detail")).isEqualTo("The value of 'priceKobo' has the wrong type or format.");
        assertThat(response.body()).doesNotContain("java.", "long", "Exception");
    }

    @Test
    void invalidFieldsAreListed() {
        var response = http.post("/test-api/echo", "application/json", "{\"name\":\" \",\"priceKobo\":-1}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "validation-failed");
        assertThat(response.body()).contains("\"field\":\"name\"", "\"field\":\"priceKobo\"");
    }

    @Test
    void malformedJsonToARealApiEndpointIsAProblemToo() {
        var response = http.post("/api/v1/auth/login", "application/json", "{oops");

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "malformed-request");
    }

    @Test
    void unauthenticatedApiCallsGetAProblemDocument() {
        var response = http.post("/api/v1/sales", "application/json", "{not json");

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, "unauthenticated");
    }

    @Test
    void anUnknownFileIsANotFoundProblem() {
        var response = http.get("/assets/missing-1234.js");

        assertThat(response.statusCode()).isEqualTo(404);
        assertProblem(response, "not-found");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        var big = "{\"name\":\"" + "x".repeat(5 * 1024) + "\",\"priceKobo\":1}";

        var declared = http.post("/test-api/echo", "application/json", big);
        var chunked = http.send(http.request("/test-api/echo").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes())))
                .build());

        assertThat(declared.statusCode()).isEqualTo(413);
        assertProblem(declared, "payload-too-large");
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertProblem(chunked, "payload-too-large");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (var response : new java.net.http.HttpResponse<?>[] {http.get("/api/v1/app-info"), http.get("/login"),
                http.post("/api/v1/sales", "application/json", "{}")}) {
            var headers = response.headers();
            var csp = headers.firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Permissions-Policy")).get().asString().contains("microphone=()");
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(headers.firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
        }
    }

    @Test
    void hstsIsSentWhenATrustedProxySaysTheRequestCameOverHttps() {
        var response = http.get("/api/v1/app-info", "X-Forwarded-Proto", "https");

        assertThat(response.headers().firstValue("Strict-Transport-Security")).get().asString()
                .contains("max-age=31536000", "includeSubDomains");
    }

    @Test
    void requestIdsAreEchoedOrGeneratedAndQuotedInProblems() {
        var offered = http.get("/api/v1/app-info", "X-Request-Id", "till-3-000042");
        var generated = http.post("/test-api/echo", "application/json", "[");

        assertThat(offered.headers().firstValue("X-Request-Id")).hasValue("till-3-000042");
        var id = generated.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(Http.map(generated).get("requestId")).isEqualTo(id);
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigins() {
        var allowed = http.send(http.request("/api/v1/app-info", "Origin", "https://shop.example.ng",
                "Access-Control-Request-Method", "GET").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        var refused = http.send(http.request("/api/v1/app-info", "Origin", "https://evil.example.com",
                "Access-Control-Request-Method", "GET").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://shop.example.ng");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void appInfoTellsTheShellWhatExists() {
        var info = Http.json(http.get("/api/v1/app-info"));

        assertThat(info.get("currencyCode").asString()).isEqualTo("NGN");
        assertThat(info.get("currencySymbol").asString()).isEqualTo("₦");
        assertThat(info.get("timezone").asString()).isEqualTo("Africa/Lagos");
        assertThat(info.get("vatRateBasisPoints").asInt()).isEqualTo(750);
        assertThat(info.get("features").get("login").asBoolean()).as("sign-in exists").isTrue();
    }

    private static void assertProblem(java.net.http.HttpResponse<String> response, String type) {
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        Map<String, Object> problem = Http.map(response);
        assertThat(problem.get("type")).isEqualTo("urn:astroaxis:problem:" + type);
        assertThat(problem).containsKeys("title", "status", "detail", "requestId");
        assertThat(problem.get("status")).isEqualTo(response.statusCode());
    }

    record Priced(@NotBlank String name, @PositiveOrZero long priceKobo) {
    }

    @TestConfiguration
    @RestController
    static class EchoEndpoint {
        @PostMapping("/test-api/echo")
        Priced echo(@Valid @RequestBody Priced body) {
            return body;
        }
    }
}
