package com.astroaxis.testing;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Like {@link PostgresIntegrationTest} (a running AstroAxis on a random port, a standing {@link MutableClock}), but
 * every application context gets a fresh, empty database of its own: for what happens only on a first start, such as
 * the demo shop, which loads only while there are no users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MutableClockConfiguration.class)
@TestPropertySource(properties = {"AUTH_RATE_LIMIT_PER_MINUTE=10000", "spring.datasource.hikari.maximum-pool-size=5",
        "spring.datasource.hikari.minimum-idle=0", "spring.datasource.hikari.idle-timeout=30000"})
public abstract class FreshDatabaseIntegrationTest {

    /** Called once per application context: each context creates its database on first use. */
    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        var database = new AtomicReference<String>();
        registry.add("spring.datasource.url", () -> database.updateAndGet(d -> d != null ? d : TestDatabase.create()));
        registry.add("spring.datasource.username", TestDatabase::username);
        registry.add("spring.datasource.password", TestDatabase::password);
    }
}
