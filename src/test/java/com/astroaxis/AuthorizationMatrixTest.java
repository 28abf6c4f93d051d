package com.astroaxis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.astroaxis.identity.IdentityManagement;
import com.astroaxis.identity.Role;
import com.astroaxis.platform.security.PublicEndpoint;
import com.astroaxis.platform.security.RequiresPermission;
import com.astroaxis.testing.Http;
import com.astroaxis.testing.PostgresIntegrationTest;
import com.astroaxis.testing.TestUsers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The role × endpoint matrix, generated from the controllers: every /api endpoint is called by a user of each
 * seeded role and by nobody. A role without the endpoint's permission gets 403; a role with it gets past
 * authorisation (whatever the endpoint then says about the empty request); nobody gets 401 unless the endpoint is
 * public. The matrix is written to target/authorization-matrix.md.
 */
class AuthorizationMatrixTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;
    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcClient jdbc;

    record Endpoint(String method, String pattern, String permission, boolean open) {
        String path() {
            return pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }
    }

    @Test
    void everyRoleGetsExactlyTheEndpointsItsPermissionsAllow() throws Exception {
        var http = Http.onPort(port);
        var users = new TestUsers(http, identity);
        var admin = users.admin();
        var endpoints = endpoints();
        assertThat(endpoints).as("API endpoints found").hasSizeGreaterThan(10);
        var granted = grantedPermissions();
        var matrix = new TreeMap<String, Map<String, String>>();
        var failures = new ArrayList<String>();

        for (var role : Role.values()) {
            var tokens = users.withRoles(admin, role.displayName());
            for (var endpoint : endpoints) {
                if (endpoint.open() || endpoint.pattern().endsWith("/logout")) {
                    continue;
                }
                int status = call(http, endpoint, tokens.bearer());
                boolean allowed = endpoint.permission() == null
                        || granted.getOrDefault(role.displayName(), Set.of()).contains(endpoint.permission());
                boolean refused = status == 403 || status == 401;
                matrix.computeIfAbsent(endpoint.method() + " " + endpoint.pattern(), k -> new TreeMap<>())
                        .put(role.displayName(), refused ? "—" : "✓");
                if (allowed == refused) {
                    failures.add(role.displayName() + " " + endpoint + " got " + status);
                }
            }
        }
        for (var endpoint : endpoints) {
            int status = call(http, endpoint);
            if (!endpoint.open() && status != 401) {
                failures.add("anonymous " + endpoint + " got " + status);
            }
            if (endpoint.open() && (status == 401 || status == 403)) {
                failures.add("anonymous " + endpoint + " (public) got " + status);
            }
        }
        write(matrix, endpoints);
        assertThat(failures).isEmpty();
    }

    private List<Endpoint> endpoints() {
        var endpoints = new ArrayList<Endpoint>();
        handlers.getHandlerMethods().forEach((info, handler) -> {
            for (var pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                for (var method : methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(method.name(), pattern, permission(handler), open(handler)));
                }
            }
        });
        endpoints.sort(java.util.Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return endpoints;
    }

    private Map<String, Set<String>> grantedPermissions() {
        var granted = new HashMap<String, Set<String>>();
        jdbc.sql("select role_name, permission from id_role_permission").query((rs, n) -> {
            granted.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
            return null;
        }).list();
        return granted;
    }

    private static int call(Http http, Endpoint endpoint, String... headers) {
        var request = http.request(endpoint.path(), headers);
        var body = switch (endpoint.method()) {
            case "POST", "PUT", "PATCH" -> HttpRequest.BodyPublishers.ofString("{}");
            default -> HttpRequest.BodyPublishers.noBody();
        };
        return http.send(request.header("Content-Type", "application/json").method(endpoint.method(), body).build())
                .statusCode();
    }

    private static String permission(HandlerMethod handler) {
        var annotation = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequiresPermission.class);
        if (annotation == null) {
            annotation = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequiresPermission.class);
        }
        return annotation == null ? null : annotation.value();
    }

    private static boolean open(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PublicEndpoint.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PublicEndpoint.class);
    }

    private static void write(Map<String, Map<String, String>> matrix, List<Endpoint> endpoints) throws Exception {
        var text = new StringBuilder("| endpoint | permission |");
        for (var role : Role.values()) {
            text.append(' ').append(role.displayName()).append(" |");
        }
        text.append("\n|---|---|").append("---|".repeat(Role.values().length)).append('\n');
        for (var endpoint : endpoints) {
            var row = matrix.get(endpoint.method() + " " + endpoint.pattern());
            text.append("| ").append(endpoint.method()).append(' ').append(endpoint.pattern()).append(" | ")
                    .append(endpoint.open() ? "public" : endpoint.permission() == null ? "signed in" : endpoint.permission())
                    .append(" |");
            for (var role : Role.values()) {
                text.append(' ').append(row == null ? (endpoint.open() ? "✓" : "✓") : row.get(role.displayName()))
                        .append(" |");
            }
            text.append('\n');
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "authorization-matrix.md"), text);
    }
}
