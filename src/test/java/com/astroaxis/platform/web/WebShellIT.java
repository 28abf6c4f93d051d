package com.astroaxis.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.astroaxis.testing.AstroAxisJar;
import com.astroaxis.testing.TestDatabase;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped jar serves the PWA shell: checked over HTTP, then in Chromium by the web project's e2e suite. */
class WebShellIT {

    private static final String ADMIN = "nkechi";
    private static final String PASSWORD = "Ikeja-shop-2026!";
    private static final String CATALOGUE_USER = "chioma";
    private static final String INVENTORY_USER = "emeka";
    private static AstroAxisJar.Server server;

    @BeforeAll
    static void start() {
        server = AstroAxisJar.serve(Map.of("DATABASE_URL", AstroAxisJar.databaseUrl(TestDatabase.create()),
                "COMPANY_NAME", "Mama Nkechi Provisions", "ADMIN_USERNAME", ADMIN, "ADMIN_PASSWORD", PASSWORD));
        var login = server.http().post("/api/v1/auth/login", "application/json",
                "{\"username\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}");
        var token = com.astroaxis.testing.Http.json(login).get("accessToken").asString();
        createAdministrator(token, CATALOGUE_USER, "Chioma Eze");
        createAdministrator(token, INVENTORY_USER, "Emeka Obi");
    }

    /**
     * Another administrator (all branches, no two-step sign-in in development) for a journey of its own: the journeys
     * run alongside each other and alongside the one that enrols the first administrator in two-step sign-in.
     */
    private static void createAdministrator(String token, String username, String displayName) {
        var created = server.http().post("/api/v1/users", "application/json", "{\"username\":\"" + username
                + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"" + displayName + "\",\"roles\":[\"Admin\"],"
                + "\"allBranches\":true}", "Authorization", "Bearer " + token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void servesTheShellAtTheRootAndOnDeepLinks() {
        var root = server.http().get("/");
        var deepLink = server.http().get("/login");

        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(root.body()).contains("<div id=\"root\"", "manifest.webmanifest");
        assertThat(root.headers().firstValue("Cache-Control")).get().asString().contains("no-cache");
        assertThat(deepLink.statusCode()).isEqualTo(200);
        assertThat(deepLink.body()).isEqualTo(root.body());
        assertThat(root.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self'").doesNotContain("unsafe-inline");
    }

    @Test
    void theShellHasNoInlineScripts() {
        var html = server.http().get("/").body();
        var scripts = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>\\s*\\S", Pattern.CASE_INSENSITIVE).matcher(html);

        assertThat(scripts.find()).as("inline script in index.html").isFalse();
    }

    @Test
    void servesTheManifestAsAManifestAndTheWorkerUncached() {
        var manifest = server.http().get("/manifest.webmanifest");
        var worker = server.http().get("/sw.js");

        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.headers().firstValue("Content-Type")).get().asString().startsWith("application/manifest+json");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type")).get().asString().contains("javascript");
        assertThat(worker.headers().firstValue("Cache-Control")).get().asString().contains("no-cache");
    }

    @Test
    void cachesContentHashedAssetsForAYear() {
        var html = server.http().get("/").body();
        var asset = Pattern.compile("/assets/[^\"']+\\.js").matcher(html);
        assertThat(asset.find()).as("index.html references a bundled script").isTrue();

        var response = server.http().get(asset.group());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).get().asString().contains("max-age=31536000", "immutable");
    }

    @Test
    void theShellWorksInABrowser() throws IOException, InterruptedException {
        var web = Path.of(System.getProperty("astroaxis.web", "web"));
        var screenshots = Path.of("target", "screenshots").toAbsolutePath();
        // named files: given a folder, Node 20 finds no test and passes, Node 22 fails
        var builder = new ProcessBuilder("node", "--test", "--test-reporter=tap", "e2e/shell.e2e.mjs",
                "e2e/identity.e2e.mjs", "e2e/catalog.e2e.mjs", "e2e/inventory.e2e.mjs")
                .directory(web.toFile())
                .redirectErrorStream(true);
        builder.environment().put("BASE_URL", server.baseUrl());
        builder.environment().put("SCREENSHOT_DIR", screenshots.toString());
        // the first administrator, created by the server from ADMIN_USERNAME: signs in, enrols TOTP, signs in with it
        builder.environment().put("E2E_USERNAME", ADMIN);
        builder.environment().put("E2E_PASSWORD", PASSWORD);
        builder.environment().put("E2E_CATALOG_USERNAME", CATALOGUE_USER);
        builder.environment().put("E2E_CATALOG_PASSWORD", PASSWORD);
        builder.environment().put("E2E_INVENTORY_USERNAME", INVENTORY_USER);
        builder.environment().put("E2E_INVENTORY_PASSWORD", PASSWORD);
        var process = builder.start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        var finished = process.waitFor(5, TimeUnit.MINUTES);

        System.out.println(output);
        assertThat(finished).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        var passed = Pattern.compile("^# pass (\\d+)$", Pattern.MULTILINE).matcher(output);
        assertThat(passed.find() && Integer.parseInt(passed.group(1)) > 0).as("some browser tests ran:\n" + output).isTrue();
        assertThat(output).contains("# fail 0").contains("# skipped 0");
    }
}
