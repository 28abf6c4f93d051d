package com.astroaxis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import com.astroaxis.testing.Http;
import com.astroaxis.testing.PostgresIntegrationTest;
import com.astroaxis.testing.TestUsers;
import com.astroaxis.testing.TestUsers.Tokens;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Users and roles through the API: validation, branch limits and no handing out of powers one lacks. */
class UserAdministrationTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;
    Http http;
    TestUsers users;
    Tokens admin;

    @BeforeEach
    void setUp() {
        http = Http.onPort(port);
        users = new TestUsers(http, identity);
        admin = users.admin();
    }

    @Test
    void createsAUserWithTheDocumentedBody() {
        var branch = UUID.randomUUID();
        var username = TestUsers.unique("ada");
        var response = post("/api/v1/users", "{\"username\":\"" + username + "\",\"password\":\"" + TestUsers.PASSWORD
                + "\",\"displayName\":\"Ada Obi\",\"email\":\"ada@example.ng\",\"phone\":\"08031234567\","
                + "\"roles\":[\"Cashier\"],\"branchIds\":[\"" + branch + "\"]}", admin);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var user = Http.json(response);
        assertThat(user.get("id").asString()).isNotBlank();
        assertThat(user.get("phone").asString()).isEqualTo("+2348031234567");
        assertThat(user.get("branchIds").toString()).contains(branch.toString());
        assertThat(user.get("allBranches").asBoolean()).isFalse();
        assertThat(response.body()).doesNotContain("password", "Hash", "totpSecret");
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith(user.get("id").asString());
    }

    @Test
    void refusesBadFieldsNamingThem() {
        assertField(post("/api/v1/users", body(TestUsers.unique("u"), "Cashier", "not-an-email"), admin), 400, "email");
        assertField(post("/api/v1/users", body(TestUsers.unique("u"), "Wizard", null), admin), 400, "roles");
        var weak = post("/api/v1/users", "{\"username\":\"" + TestUsers.unique("u")
                + "\",\"password\":\"password1\",\"roles\":[]}", admin);
        assertField(weak, 400, "password");
        var taken = post("/api/v1/users", body(admin.username(), "Cashier", null), admin);
        assertThat(taken.statusCode()).isEqualTo(409);
    }

    @Test
    void aCashierCannotManageUsers() {
        var cashier = users.withRoles(admin, "Cashier");

        var list = http.get("/api/v1/users", cashier.bearer());
        var create = post("/api/v1/users", body(TestUsers.unique("u"), "Cashier", null), cashier);

        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(Http.map(list).get("type")).isEqualTo("urn:astroaxis:problem:forbidden");
        assertThat(create.statusCode()).isEqualTo(403);
    }

    @Test
    void aBranchSupervisorSeesAndChangesOnlyTheirBranchesUsers() {
        var branchA = UUID.randomUUID();
        var branchB = UUID.randomUUID();
        var roleName = "Supervisor " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(post("/api/v1/roles", "{\"name\":\"" + roleName + "\",\"permissions\":[\"users.manage\"]}", admin)
                .statusCode()).isEqualTo(201);
        var supervisor = userIn(branchA, roleName);
        var inA = userIn(branchA, "Cashier");
        var inB = userIn(branchB, "Cashier");
        var supervisorTokens = users.login(supervisor, TestUsers.PASSWORD);

        var visible = http.get("/api/v1/users", supervisorTokens.bearer()).body();
        var other = patch("/api/v1/users/" + idOf(inB), "{\"displayName\":\"Changed\"}", supervisorTokens);
        var intoB = post("/api/v1/users", "{\"username\":\"" + TestUsers.unique("u") + "\",\"password\":\""
                + TestUsers.PASSWORD + "\",\"roles\":[\"Cashier\"],\"branchIds\":[\"" + branchB + "\"]}", supervisorTokens);
        var makeOwner = patch("/api/v1/users/" + idOf(inA), "{\"roles\":[\"Owner\"],\"reason\":\"test\"}", supervisorTokens);

        assertThat(visible).contains(inA).doesNotContain(inB);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(intoB.statusCode()).isEqualTo(403);
        assertThat(makeOwner.statusCode()).isEqualTo(403);
        assertThat(Http.map(makeOwner).get("detail").toString()).contains("Only an Owner");
    }

    @Test
    void rolesListTheirPermissionsAndTheOwnerKeepsThemAll() {
        var roles = Http.json(http.get("/api/v1/roles", admin.bearer()));
        assertThat(roles.toString()).contains("\"name\":\"Owner\"", "\"name\":\"Cashier\"", "users.manage");
        assertThat(Http.json(http.get("/api/v1/permissions", admin.bearer())).toString()).contains("users.manage");

        var strip = patch("/api/v1/roles/Owner", "{\"permissions\":[]}", admin);

        assertThat(strip.statusCode()).isEqualTo(403);
    }

    private String userIn(UUID branch, String role) {
        var username = TestUsers.unique("u");
        var response = post("/api/v1/users", "{\"username\":\"" + username + "\",\"password\":\"" + TestUsers.PASSWORD
                + "\",\"roles\":[\"" + role + "\"],\"branchIds\":[\"" + branch + "\"]}", admin);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return username;
    }

    private String idOf(String username) {
        for (var user : Http.json(http.get("/api/v1/users", admin.bearer()))) {
            if (user.get("username").asString().equals(username)) {
                return user.get("id").asString();
            }
        }
        throw new AssertionError(username + " not listed");
    }

    private static String body(String username, String role, String email) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + TestUsers.PASSWORD + "\",\"roles\":[\"" + role
                + "\"]" + (email == null ? "" : ",\"email\":\"" + email + "\"") + "}";
    }

    private static void assertField(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Http.map(response).get("type")).isEqualTo("urn:astroaxis:problem:validation-failed");
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    private HttpResponse<String> post(String path, String json, Tokens as) {
        return http.post(path, "application/json", json, as.bearer());
    }

    private HttpResponse<String> patch(String path, String json, Tokens as) {
        return http.send(http.request(path, as.bearer()).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
