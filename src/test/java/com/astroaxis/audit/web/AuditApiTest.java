package com.astroaxis.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.astroaxis.audit.AuditManagement;
import com.astroaxis.audit.Happened;
import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.testing.MutableClock;
import com.astroaxis.testing.PostgresIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/audit}: who may read the trail, and how it is filtered and paged. */
@AutoConfigureMockMvc
@Import(AuditApiTest.AuditedEndpoint.class)
class AuditApiTest extends PostgresIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    @Autowired
    MockMvc mvc;
    @Autowired
    AuditManagement audit;
    @Autowired
    MutableClock clock;
    String actor;

    /** Three entries by one actor: late on 20 November in Lagos, just after midnight on the 21st, and mid-morning. */
    @BeforeEach
    void entries() {
        actor = "api-" + UUID.randomUUID();
        clock.set(Instant.parse("2026-11-20T22:30:00Z"));
        audit.record(AuditRecord.of(actor, "test.opened", "till", "T-1"));
        clock.set(Instant.parse("2026-11-20T23:30:00Z"));
        audit.record(new AuditRecord(actor, "test.closed", "till", "T-1", Map.of("open", true),
                Map.of("open", false, "cashKobo", 1_250_000), "end of day"));
        clock.set(Instant.parse("2026-11-21T09:00:00Z"));
        audit.record(AuditRecord.of(actor, "test.opened", "till", "T-1"));
    }

    @Test
    void anonymousCallersAreAskedToSignIn() throws Exception {
        var response = call("/api/v1/audit");

        assertProblem(response, 401, "unauthenticated");
    }

    @Test
    @WithMockUser(authorities = "sales.read")
    void usersWithoutTheAuditPermissionAreRefused() throws Exception {
        var response = call("/api/v1/audit");

        assertProblem(response, 403, "forbidden");
    }

    @Test
    @WithMockUser(authorities = "audit.read")
    void readersSeeEveryFieldNewestFirst() throws Exception {
        var body = json(call("/api/v1/audit?actor=" + actor));

        assertThat(body.get("page").asInt()).isZero();
        assertThat(body.get("size").asInt()).isEqualTo(50);
        assertThat(body.get("total").asLong()).isEqualTo(3);
        var items = body.get("items");
        assertThat(items.get(0).get("sequence").asLong()).isGreaterThan(items.get(1).get("sequence").asLong());
        assertThat(items.get(1).get("sequence").asLong()).isGreaterThan(items.get(2).get("sequence").asLong());
        var closed = items.get(1);
        assertThat(closed.get("occurredAt").asString()).isEqualTo("2026-11-20T23:30:00Z");
        assertThat(closed.get("actor").asString()).isEqualTo(actor);
        assertThat(closed.get("action").asString()).isEqualTo("test.closed");
        assertThat(closed.get("objectType").asString()).isEqualTo("till");
        assertThat(closed.get("objectId").asString()).isEqualTo("T-1");
        assertThat(closed.get("before").get("open").asBoolean()).isTrue();
        assertThat(closed.get("after").get("cashKobo").asLong()).isEqualTo(1_250_000);
        assertThat(closed.get("reason").asString()).isEqualTo("end of day");
        var opened = items.get(0);
        assertThat(opened.has("before")).as("absent states are shown as null").isTrue();
        assertThat(opened.get("before").isNull()).isTrue();
        assertThat(opened.get("requestId").isNull()).isTrue();
    }

    @Test
    @WithMockUser(authorities = "audit.read")
    void datesAreBusinessDaysInLagosAndInstantsAHalfOpenRange() throws Exception {
        assertThat(actions("&to=2026-11-20")).containsExactly("test.opened");
        assertThat(actions("&from=2026-11-21")).containsExactly("test.opened", "test.closed");
        assertThat(actions("&from=2026-11-20T23:30:00Z&to=2026-11-21T09:00:00Z")).containsExactly("test.closed");
        assertThat(actions("&action=test.closed")).containsExactly("test.closed");
        assertThat(actions("&from=2026-11-22")).isEmpty();
    }

    @Test
    @WithMockUser(authorities = "audit.read")
    void pagesAreCountedAgainstEverythingThatMatches() throws Exception {
        var body = json(call("/api/v1/audit?actor=" + actor + "&size=2&page=1"));

        assertThat(body.get("items")).hasSize(1);
        assertThat(body.get("items").get(0).get("action").asString()).isEqualTo("test.opened");
        assertThat(body.get("page").asInt()).isEqualTo(1);
        assertThat(body.get("size").asInt()).isEqualTo(2);
        assertThat(body.get("total").asLong()).isEqualTo(3);
    }

    @Test
    @WithMockUser(authorities = "audit.read")
    void badQueryParametersAreProblemDocuments() throws Exception {
        for (var query : List.of("from=2026-11-21&to=2026-11-20", "from=yesterday", "to=21/11/2026", "size=500",
                "size=0", "page=-1", "page=first")) {
            var response = call("/api/v1/audit?" + query);

            assertProblem(response, 400, "invalid-audit-query");
            assertThat(response.getContentAsString()).as(query).doesNotContain("Exception", "java.");
        }
    }

    @Test
    @WithMockUser(authorities = "audit.read")
    void anEntryRecordedDuringARequestCarriesItsRequestIdAndClientAddress() throws Exception {
        var change = mvc.perform(post("/test-api/audited").header("X-Request-Id", "till-7-000123")
                .with(request -> {
                    request.setRemoteAddr("10.20.30.40");
                    return request;
                })).andReturn().getResponse();
        assertThat(change.getStatus()).isEqualTo(200);

        var entry = json(call("/api/v1/audit?action=test.audited-request&actor=user")).get("items").get(0);

        assertThat(entry.get("requestId").asString()).isEqualTo("till-7-000123");
        assertThat(entry.get("clientIp").asString()).isEqualTo("10.20.30.40");
    }

    private List<String> actions(String filter) throws Exception {
        var items = json(call("/api/v1/audit?actor=" + actor + filter)).get("items");
        return items.valueStream().map(item -> item.get("action").asString()).toList();
    }

    private MockHttpServletResponse call(String uri) throws Exception {
        return mvc.perform(get(uri)).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString());
    }

    private static void assertProblem(MockHttpServletResponse response, int status, String type) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        var problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.get("type").asString()).isEqualTo("urn:astroaxis:problem:" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
    }

    /** A change made over HTTP that publishes an auditable event, as a module's endpoint would. */
    @TestConfiguration
    @RestController
    static class AuditedEndpoint {
        private final ApplicationEventPublisher events;

        AuditedEndpoint(ApplicationEventPublisher events) {
            this.events = events;
        }

        @PostMapping("/test-api/audited")
        void change() {
            events.publishEvent(new Happened(AuditRecord.of("user", "test.audited-request", "till", "T-2")));
        }
    }
}
