package com.astroaxis.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.astroaxis.notifications.Channel;
import com.astroaxis.notifications.Notification;
import com.astroaxis.notifications.NotificationManagement;
import com.astroaxis.notifications.NotificationsIntegrationTest;
import com.astroaxis.platform.security.PermissionDeclarations;
import com.astroaxis.testing.Http;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** The administrators' view of the outbox: who was messaged (masked), how it went, never what was said. */
class NotificationsEndpointTest extends NotificationsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    NotificationManagement notifications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<PermissionDeclarations> declarations;
    @LocalServerPort
    int port;

    @Test
    void listsMessagesWithMaskedRecipientsAndWithoutTheirContent() throws Exception {
        var id = notifications.queue(new Notification(Channel.SMS, "+2348031239999", "password-reset",
                Map.of("name", "Kemi", "code", "864209", "minutes", "10")));
        await().atMost(Duration.ofSeconds(15)).until(() -> "SENT".equals(
                jdbc.sql("select status from nt_message where id = ?").param(id).query(String.class).single()));

        var body = mvc.perform(get("/api/v1/notifications").param("status", "sent").param("size", "100")
                        .with(user("owner").authorities(new SimpleGrantedAuthority("notifications.read"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(100))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].recipient").value("+23480****9999"))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].status").value("SENT"))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].attempts").value(1))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].template").value("password-reset"))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].channel").value("SMS"))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain("864209", "Kemi", "payload", "+2348031239999", "v1:");
        assertThat(body).doesNotContain("\"PENDING\"", "\"FAILED\"");
    }

    @Test
    void needsTheNotificationsReadPermission() throws Exception {
        mvc.perform(get("/api/v1/notifications").with(user("cashier").authorities(new SimpleGrantedAuthority("sales.write"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:astroaxis:problem:forbidden"));
        assertThat(Http.onPort(port).get("/api/v1/notifications").statusCode()).isEqualTo(401);
    }

    @Test
    void refusesAnUnknownStatusOrAnOversizedPage() throws Exception {
        var reader = user("owner").authorities(new SimpleGrantedAuthority("notifications.read"));
        mvc.perform(get("/api/v1/notifications").param("status", "LOST").with(reader))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:astroaxis:problem:invalid-status"));
        mvc.perform(get("/api/v1/notifications").param("size", "1000").with(reader))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:astroaxis:problem:invalid-page"));
    }

    @Test
    void theMailServerIsReportedInHealthButReadinessDoesNotDependOnIt() {
        var http = Http.onPort(port);

        assertThat(Http.json(http.get("/actuator/health")).get("components").has("mail")).isTrue();
        assertThat(Http.json(http.get("/actuator/health/readiness")).get("components").has("mail")).isFalse();
    }

    @Test
    void declaresTheReadPermissionForOwnersAndAdmins() {
        assertThat(declarations.stream().flatMap(d -> d.permissions().stream()).toList())
                .anySatisfy(p -> {
                    assertThat(p.code()).isEqualTo("notifications.read");
                    assertThat(p.defaultRoles()).containsExactlyInAnyOrder("Owner", "Admin");
                });
    }
}
