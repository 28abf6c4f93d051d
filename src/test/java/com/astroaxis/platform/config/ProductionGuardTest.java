package com.astroaxis.platform.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProductionGuardTest {

    private static final String STRONG_SECRET = "q7Vw2n9Lr4Tz8Xk1Mp5Hs3Jd6Fb0Gc2Y";

    private final Map<String, String> env = new HashMap<>(Map.of(
            "ENVIRONMENT", "production",
            "SECRET_KEY", STRONG_SECRET,
            "DEBUG", "False",
            "CORS_ORIGINS", "https://shop.example.ng,https://www.shop.example.ng",
            "DATABASE_URL", "postgresql://shop:pw@db:5432/axis?ssl=require"));

    private void check() {
        ProductionGuard.check(env::get);
    }

    @Test
    void acceptsASafeProductionConfiguration() {
        assertThatCode(this::check).doesNotThrowAnyException();
    }

    @Test
    void refusesAShortSecretNamingIt() {
        env.put("SECRET_KEY", "short");

        assertThatThrownBy(this::check).isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("SECRET_KEY is shorter than 32 characters")
                .extracting(e -> ((InvalidConfigurationException) e).variable()).isEqualTo("SECRET_KEY");
    }

    @Test
    void refusesTheTemplatePlaceholderSecretThoughItIsLongEnough() {
        env.put("SECRET_KEY", "generate-strong-random-key-min-32-chars-change-this");

        assertThatThrownBy(this::check).hasMessageContaining("SECRET_KEY is still the template placeholder");
    }

    @Test
    void refusesAMissingOrRepetitiveSecret() {
        env.remove("SECRET_KEY");
        assertThatThrownBy(this::check).hasMessageContaining("SECRET_KEY is not set");

        env.put("SECRET_KEY", "a".repeat(40));
        assertThatThrownBy(this::check).hasMessageContaining("SECRET_KEY is not random enough");
    }

    @Test
    void refusesDebug() {
        env.put("DEBUG", "True");

        assertThatThrownBy(this::check).hasMessageContaining("DEBUG must be false");
    }

    @Test
    void refusesEmptyOrWildcardCorsOrigins() {
        env.put("CORS_ORIGINS", " ");
        assertThatThrownBy(this::check).hasMessageContaining("CORS_ORIGINS");

        env.put("CORS_ORIGINS", "https://shop.example.ng, *");
        assertThatThrownBy(this::check).hasMessageContaining("CORS_ORIGINS");
    }

    @Test
    void refusesTheEmbeddedDatabase() {
        env.remove("DATABASE_URL");

        assertThatThrownBy(this::check).hasMessageContaining("DATABASE_URL must point at PostgreSQL");
    }

    @Test
    void refusesDemoData() {
        env.put("DEMO_DATA", "true");

        assertThatThrownBy(this::check).hasMessageContaining("DEMO_DATA must be false");
    }

    @Test
    void namesEveryOffenderInOneLine() {
        env.put("SECRET_KEY", "short");
        env.put("DEBUG", "1");

        assertThatThrownBy(this::check)
                .hasMessageContaining("SECRET_KEY").hasMessageContaining("DEBUG")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void letsDevelopmentRunWithDefaults() {
        var development = Map.<String, String>of();

        assertThatCode(() -> ProductionGuard.check(development::get)).doesNotThrowAnyException();
    }

    @Test
    void refusesAnUnknownEnvironmentRatherThanGuessing() {
        env.put("ENVIRONMENT", "Production");

        assertThatThrownBy(this::check).hasMessageStartingWith("ENVIRONMENT must be");
    }

    @Test
    void checksTheDatabaseUrlInDevelopmentToo() {
        var development = Map.of("DATABASE_URL", "mysql://x/y");

        assertThatThrownBy(() -> ProductionGuard.check(development::get)).hasMessageStartingWith("DATABASE_URL");
    }
}
