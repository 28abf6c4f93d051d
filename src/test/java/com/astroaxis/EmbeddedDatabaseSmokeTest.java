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

/** The zero-setup default: no DATABASE_URL, an H2 file under DATA_DIR, migrated on start, demo administrator. */
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
        assertThat(identity.userCount()).as("the demo administrator").isOne();
        assertThat(Http.json(Http.onPort(port).get("/actuator/health/readiness")).get("status").asString())
                .isEqualTo("UP");
    }
}
