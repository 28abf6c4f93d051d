package com.astroaxis.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import com.astroaxis.identity.IdentityManagement;
import com.astroaxis.testing.Http;
import com.astroaxis.testing.PostgresIntegrationTest;
import com.astroaxis.testing.TestUsers;
import com.astroaxis.testing.TestUsers.Tokens;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The running app, a signed-in administrator, and products and branches announced by their saved events. */
abstract class InventoryApiTestSupport extends PostgresIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;
    Http http;
    TestUsers users;
    Tokens admin;
    StockFixtures fixtures;

    @BeforeEach
    void signIn() {
        http = Http.onPort(port);
        users = new TestUsers(http, identity);
        admin = users.admin();
        fixtures = new StockFixtures(transaction, events);
    }

    /** A user of the role limited to the branches given, signed in. */
    Tokens userIn(String role, UUID... branches) {
        var username = TestUsers.unique("staff");
        var branchIds = java.util.Arrays.stream(branches).map(b -> "\"" + b + "\"").toList();
        var response = post("/api/v1/users", "{\"username\":\"" + username + "\",\"password\":\"" + TestUsers.PASSWORD
                + "\",\"roles\":[\"" + role + "\"],\"branchIds\":" + branchIds + "}", admin);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return users.login(username, TestUsers.PASSWORD);
    }

    HttpResponse<String> post(String path, String json, Tokens as) {
        return http.post(path, "application/json", json, as.bearer());
    }

    HttpResponse<String> put(String path, String json, Tokens as) {
        return http.send(http.request(path, as.bearer()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> get(String path, Tokens as) {
        return http.get(path, as.bearer());
    }

    HttpResponse<String> adjust(Object branch, Object product, String quantity, String reason, Tokens as) {
        return post("/api/v1/stock/adjustments", "{\"branchId\":\"" + branch + "\",\"productId\":\"" + product
                + "\",\"quantity\":" + quantity + ",\"reasonCode\":\"" + reason + "\",\"note\":\"shelf check\"}", as);
    }

    /** The level through the API, as a plain decimal string ("0" when the product has no level there). */
    String level(Object branch, Object product) {
        var levels = Http.json(get("/api/v1/stock?branchId=" + branch + "&productId=" + product, admin));
        return levels.isEmpty() ? "0" : levels.get(0).get("quantity").asString();
    }

    static void assertStatus(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    }

    static void assertField(HttpResponse<String> response, String field) {
        assertStatus(response, 400);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }
}
