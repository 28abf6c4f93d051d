package com.astroaxis.platform.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Translates the deployment variables people already know (DATABASE_URL, REDIS_URL, DEBUG…) into Spring settings,
 * after refusing production settings that are unsafe. Its settings have the lowest precedence, so an explicit
 * {@code spring.datasource.url} still wins.
 */
class EnvironmentSettingsPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "astroaxisEnvironment";
    /**
     * Sign-in comes from the identity module; Boot's generated in-memory user must never exist. The rest serve
     * nothing here (no Spring Data repositories, no reactive stack, no Spring Data paging in controllers) and would
     * only lengthen every start.
     */
    private static final String ALWAYS_EXCLUDED = String.join(",",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.data.autoconfigure.web.DataWebAutoConfiguration",
            "org.springframework.boot.data.autoconfigure.metrics.DataRepositoryMetricsAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration");
    private static final String REDIS_AUTO_CONFIGURATIONS = String.join(",",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        ProductionGuard.check(environment::getProperty);
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, derivedSettings(environment)));
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE + "Exclusions",
                Map.of("spring.autoconfigure.exclude", exclusions(environment))));
    }

    /** Added to, never replacing, exclusions configured elsewhere. */
    static String exclusions(ConfigurableEnvironment environment) {
        var excluded = new java.util.ArrayList<String>();
        var configured = environment.getProperty("spring.autoconfigure.exclude", "");
        if (!configured.isBlank()) {
            excluded.add(configured);
        }
        excluded.add(ALWAYS_EXCLUDED);
        var redisUrl = environment.getProperty("REDIS_URL");
        if (redisUrl == null || redisUrl.isBlank()) {
            excluded.add(REDIS_AUTO_CONFIGURATIONS);
        }
        return String.join(",", excluded);
    }

    static Map<String, Object> derivedSettings(ConfigurableEnvironment environment) {
        var settings = new HashMap<String, Object>();
        var dataDir = Path.of(environment.getProperty("DATA_DIR", "./data"));
        var database = DatabaseUrl.parse(environment.getProperty("DATABASE_URL"), dataDir);
        settings.put("spring.datasource.url", database.jdbcUrl());
        if (database.username() != null) {
            settings.put("spring.datasource.username", database.username());
        }
        if (database.password() != null) {
            settings.put("spring.datasource.password", database.password());
        }
        var redisUrl = environment.getProperty("REDIS_URL");
        if (redisUrl != null && !redisUrl.isBlank()) {
            settings.put("spring.data.redis.url", redisUrl.strip());
        }
        var sentryDsn = environment.getProperty("SENTRY_DSN");
        if (sentryDsn != null && !sentryDsn.isBlank()) {
            settings.put("sentry.dsn", sentryDsn.strip());
            settings.put("sentry.environment", environment.getProperty("ENVIRONMENT", "development"));
            settings.put("sentry.send-default-pii", "false");
        }
        if (Flags.isTrue(environment.getProperty("DEBUG"))) {
            settings.put("logging.level.com.astroaxis", "DEBUG");
        }
        return settings;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
