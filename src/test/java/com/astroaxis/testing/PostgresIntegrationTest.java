package com.astroaxis.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A running AstroAxis on a random port against this test run's own PostgreSQL database, migrated by Flyway as in
 * production. Its clock is a {@link MutableClock}: it stands still unless a test moves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MutableClockConfiguration.class)
// every test signs in from 127.0.0.1 while the clock stands still: the per-address limit has its own test;
// small pools, because the test run keeps a dozen application contexts (and their pools) open at once
@TestPropertySource(properties = {"AUTH_RATE_LIMIT_PER_MINUTE=10000", "spring.datasource.hikari.maximum-pool-size=5",
        "spring.datasource.hikari.minimum-idle=0", "spring.datasource.hikari.idle-timeout=30000"})
public abstract class PostgresIntegrationTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
        registry.add("spring.datasource.username", TestDatabase::username);
        registry.add("spring.datasource.password", TestDatabase::password);
    }
}
