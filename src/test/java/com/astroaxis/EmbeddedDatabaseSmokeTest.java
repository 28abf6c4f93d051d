package com.astroaxis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.astroaxis.identity.IdentityManagement;
import com.astroaxis.testing.Http;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/** The zero-setup default: no DATABASE_URL, an H2 file under DATA_DIR, migrated on start, the demo shop loaded. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"DATA_DIR=target/embedded-smoke-data", "DEMO_DATA=true"})
class EmbeddedDatabaseSmokeTest {

    @Autowired
    Flyway flyway;
    @Autowired
    IdentityManagement identity;
    @LocalServerPort
    int port;

    @BeforeAll
    static void startFromAnEmptyDataDirectory() throws IOException {
        FileSystemUtils.deleteRecursively(Path.of("target/embedded-smoke-data"));
    }

    @Test
    void startsAndMigratesOnTheEmbeddedDatabase() {
        assertThat(flyway.getConfiguration().getDataSource()).isNotNull();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).isNotEmpty();
        assertThat(Files.exists(Path.of("target/embedded-smoke-data/db/astroaxis.mv.db"))).isTrue();
        assertThat(identity.userCount()).as("the demo administrator and the demo staff").isEqualTo(3);
        var http = Http.onPort(port);
        assertThat(Http.json(http.get("/actuator/health/readiness")).get("status").asString()).isEqualTo("UP");
        var token = new String[] {"Authorization", "Bearer " + Http.json(http.post("/api/v1/auth/login",
                "application/json", "{\"username\":\"tunde\",\"password\":\"astroaxis-demo\"}"))
                .get("accessToken").asString()};
        assertThat(Http.json(http.get("/api/v1/branches", token)).size()).as("the cashier's one shop").isOne();
        assertThat(Http.json(http.get("/api/v1/products?q=rice", token)).get("total").asLong()).isEqualTo(3);
        assertThat(Http.json(http.get("/api/v1/stock/transfers", token)).get("total").asLong())
                .as("the transfer on its way to Ikeja").isOne();
    }
}
