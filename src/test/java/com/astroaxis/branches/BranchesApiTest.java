package com.astroaxis.branches;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import com.astroaxis.audit.AuditManagement;
import com.astroaxis.audit.AuditQuery;
import com.astroaxis.identity.IdentityManagement;
import com.astroaxis.testing.Http;
import com.astroaxis.testing.PostgresIntegrationTest;
import com.astroaxis.testing.TestUsers;
import com.astroaxis.testing.TestUsers.Tokens;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

/** Branches through the API: validation, unique codes, who may change them and who sees which. */
@Import(BranchesApiTest.SavedBranches.class)
class BranchesApiTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;
    @Autowired
    AuditManagement audit;
    @Autowired
    BranchDirectory directory;
    @Autowired
    SavedBranches saved;
    Http http;
    TestUsers users;
    Tokens admin;

    @TestConfiguration(proxyBeanMethods = false)
    static class SavedBranches {
        final List<BranchView> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(BranchSaved event) {
            events.add(event.branch());
        }
    }

    @BeforeEach
    void setUp() {
        http = Http.onPort(port);
        users = new TestUsers(http, identity);
        admin = users.admin();
    }

    @Test
    void anAdministratorCreatesABranchWithTheDocumentedBody() {
        var code = code();
        var response = post("{\"code\":\"" + code + "\",\"name\":\"Ikeja\",\"address\":\"12 Allen Avenue\","
                + "\"kind\":\"SHOP\",\"phone\":\"08031234567\",\"latitude\":6.6018,\"longitude\":3.3515,"
                + "\"radiusMeters\":150,\"receiptHeader\":\"Welcome\",\"receiptFooter\":\"Thank you\","
                + "\"oversell\":\"BLOCK\"}", admin);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var branch = Http.json(response);
        var id = branch.get("id").asString();
        assertThat(branch.get("code").asString()).isEqualTo(code);
        assertThat(branch.get("latitude").decimalValue()).isEqualByComparingTo("6.6018");
        assertThat(branch.get("active").asBoolean()).isTrue();
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith(id);
        assertThat(http.get("/api/v1/branches", admin.bearer()).body()).contains(id);
        assertThat(directory.find(new BranchId(UUID.fromString(id)))).get().extracting(BranchView::name).isEqualTo("Ikeja");
        assertThat(saved.events).anyMatch(view -> view.id().toString().equals(id));
        var entries = audit.search(new AuditQuery(admin.username(), "branch.created", null, null, 0, 50)).items();
        assertThat(entries).anyMatch(entry -> entry.objectId().equals(id) && entry.after().get("code").equals(code));
    }

    @Test
    void refusesBadFieldsNamingEachAndDuplicateCodes() {
        var bad = post("{\"code\":\"ikeja-1\",\"name\":\"\",\"latitude\":95,\"longitude\":3.1,\"radiusMeters\":0}", admin);
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"code\"", "\"field\":\"name\"", "\"field\":\"latitude\"",
                "\"field\":\"radiusMeters\"");

        var code = code();
        assertThat(post("{\"code\":\"" + code + "\",\"name\":\"Lekki\"}", admin).statusCode()).isEqualTo(201);
        var again = post("{\"code\":\"" + code.toLowerCase() + "\",\"name\":\"Lekki 2\"}", admin);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Http.map(again).get("type")).isEqualTo("urn:astroaxis:problem:branch-code-taken");
        var wrongKind = post("{\"code\":\"" + code() + "\",\"name\":\"X\",\"kind\":\"KIOSK\"}", admin);
        assertThat(wrongKind.statusCode()).isEqualTo(400);
    }

    @Test
    void anUpdateIsSavedPublishedAndAuditedWithBeforeAndAfter() {
        var id = Http.json(post("{\"code\":\"" + code() + "\",\"name\":\"Yaba\"}", admin)).get("id").asString();

        var response = patch("/api/v1/branches/" + id, "{\"name\":\"Yaba Market\",\"oversell\":\"ALLOW_AND_FLAG\","
                + "\"kind\":\"WAREHOUSE\",\"active\":false}", admin);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var branch = Http.json(http.get("/api/v1/branches/" + id, admin.bearer()));
        assertThat(branch.get("name").asString()).isEqualTo("Yaba Market");
        assertThat(branch.get("oversell").asString()).isEqualTo("ALLOW_AND_FLAG");
        assertThat(branch.get("kind").asString()).isEqualTo("WAREHOUSE");
        assertThat(branch.get("active").asBoolean()).isFalse();
        assertThat(saved.events).anyMatch(view -> view.id().toString().equals(id) && view.name().equals("Yaba Market"));
        var entries = audit.search(new AuditQuery(admin.username(), "branch.updated", null, null, 0, 50)).items();
        assertThat(entries).anyMatch(entry -> entry.objectId().equals(id) && entry.before().get("name").equals("Yaba")
                && entry.after().get("name").equals("Yaba Market"));
    }

    @Test
    void aGeofenceCanBeRemovedByNamingItsFieldsInClear() {
        var id = Http.json(post("{\"code\":\"" + code() + "\",\"name\":\"Surulere\",\"latitude\":6.5,"
                + "\"longitude\":3.35,\"radiusMeters\":150}", admin)).get("id").asString();

        var kept = patch("/api/v1/branches/" + id, "{\"name\":\"Surulere Market\"}", admin);
        assertThat(Http.json(kept).get("radiusMeters").asInt()).isEqualTo(150);
        var cleared = patch("/api/v1/branches/" + id,
                "{\"clear\":[\"latitude\",\"longitude\",\"radiusMeters\"]}", admin);

        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
        var branch = Http.json(http.get("/api/v1/branches/" + id, admin.bearer()));
        assertThat(branch.has("latitude")).isFalse();
        assertThat(branch.has("longitude")).isFalse();
        assertThat(branch.has("radiusMeters")).isFalse();
        assertThat(branch.get("name").asString()).isEqualTo("Surulere Market");
        var onlyOne = patch("/api/v1/branches/" + id, "{\"latitude\":6.5,\"longitude\":3.35}", admin);
        assertThat(onlyOne.statusCode()).isEqualTo(200);
        var half = patch("/api/v1/branches/" + id, "{\"clear\":[\"latitude\"]}", admin);
        assertThat(half.statusCode()).isEqualTo(400);
        assertThat(half.body()).contains("\"field\":\"latitude\"", "go together");
        var unknown = patch("/api/v1/branches/" + id, "{\"clear\":[\"name\"]}", admin);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"clear\"");
    }

    @Test
    void aCashierSeesOnlyTheirOwnBranchAndCannotChangeBranches() {
        var own = Http.json(post("{\"code\":\"" + code() + "\",\"name\":\"Own\"}", admin)).get("id").asString();
        var other = Http.json(post("{\"code\":\"" + code() + "\",\"name\":\"Other\"}", admin)).get("id").asString();
        var username = TestUsers.unique("cashier");
        var created = http.post("/api/v1/users", "application/json", "{\"username\":\"" + username + "\",\"password\":\""
                + TestUsers.PASSWORD + "\",\"roles\":[\"Cashier\"],\"branchIds\":[\"" + own + "\"]}", admin.bearer());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var cashier = users.login(username, TestUsers.PASSWORD);

        var list = http.get("/api/v1/branches", cashier.bearer());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(own).doesNotContain(other);
        assertThat(http.get("/api/v1/branches/" + own, cashier.bearer()).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/branches/" + other, cashier.bearer()).statusCode()).isEqualTo(404);
        assertThat(post("{\"code\":\"" + code() + "\",\"name\":\"Mine\"}", cashier).statusCode()).isEqualTo(403);
        assertThat(patch("/api/v1/branches/" + own, "{\"name\":\"Mine\"}", cashier).statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownBranchIsNotFound() {
        var response = patch("/api/v1/branches/" + UUID.randomUUID(), "{\"name\":\"X\"}", admin);
        assertThat(response.statusCode()).isEqualTo(404);
    }

    private static String code() {
        return "B" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
    }

    private HttpResponse<String> post(String json, Tokens as) {
        return http.post("/api/v1/branches", "application/json", json, as.bearer());
    }

    private HttpResponse<String> patch(String path, String json, Tokens as) {
        return http.send(http.request(path, as.bearer()).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
