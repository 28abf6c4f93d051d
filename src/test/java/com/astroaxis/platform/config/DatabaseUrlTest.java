package com.astroaxis.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {

    private static final Path DATA = Path.of("/srv/astroaxis/data");

    @Test
    void translatesAHostingProvidersPostgresUrl() {
        var url = DatabaseUrl.parse("postgresql://shop:s3cret@db.example.ng:25060/axis_db?ssl=require", DATA);

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.ng:25060/axis_db?sslmode=require");
        assertThat(url.username()).isEqualTo("shop");
        assertThat(url.password()).isEqualTo("s3cret");
        assertThat(url.embedded()).isFalse();
    }

    @Test
    void acceptsTheDriverSuffixedFormOfTheDeploymentTemplate() {
        var url = DatabaseUrl.parse(
                "postgresql+asyncpg://username:password@production-db-host:25060/axis_db?ssl=require", DATA);

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://production-db-host:25060/axis_db?sslmode=require");
        assertThat(url.username()).isEqualTo("username");
        assertThat(url.password()).isEqualTo("password");
    }

    @Test
    void passesAJdbcUrlThroughUntouched() {
        var jdbc = "jdbc:postgresql://127.0.0.1:5432/astroaxis?user=shop&password=x";

        var url = DatabaseUrl.parse(jdbc, DATA);

        assertThat(url.jdbcUrl()).isEqualTo(jdbc);
        assertThat(url.username()).isNull();
        assertThat(url.password()).isNull();
    }

    @Test
    void decodesPercentEncodedCredentialsAndKeepsPlusSigns() {
        var url = DatabaseUrl.parse("postgres://ada%40shop:p%40ss%2Fw+rd@localhost/axis", DATA);

        assertThat(url.username()).isEqualTo("ada@shop");
        assertThat(url.password()).isEqualTo("p@ss/w+rd");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/axis");
    }

    @Test
    void toleratesAnUnencodedAtSignInThePassword() {
        var url = DatabaseUrl.parse("postgresql://shop:p@ss@localhost:5432/axis", DATA);

        assertThat(url.username()).isEqualTo("shop");
        assertThat(url.password()).isEqualTo("p@ss");
    }

    @Test
    void keepsOtherParametersAndTranslatesSslModes() {
        var url = DatabaseUrl.parse("postgresql://u@h/db?sslmode=verify-full&application_name=till", DATA);

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db?sslmode=verify-full&application_name=till");
        assertThat(DatabaseUrl.parse("postgresql://u@h/db?ssl=false", DATA).jdbcUrl()).endsWith("?sslmode=disable");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void selectsTheEmbeddedDatabaseUnderTheDataDirectoryWhenUnset(String value) {
        var url = DatabaseUrl.parse(value, DATA);

        assertThat(url.embedded()).isTrue();
        assertThat(url.jdbcUrl()).startsWith("jdbc:h2:file:/srv/astroaxis/data/db/astroaxis;MODE=PostgreSQL");
        assertThat(DatabaseUrl.parse(null, DATA).embedded()).isTrue();
    }

    @Test
    void refusesOtherDatabasesNamingTheVariable() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:p@h/db", DATA))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("DATABASE_URL ")
                .hasMessageContaining("only PostgreSQL");
    }

    @Test
    void refusesAUrlWithoutADatabaseName() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:p@h:5432", DATA))
                .hasMessageContaining("does not name a database");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:p@h:5432/db?ssl=maybe", DATA))
                .hasMessageContaining("unknown ssl mode");
        assertThatThrownBy(() -> DatabaseUrl.parse("localhost:5432/db", DATA))
                .hasMessageContaining("is not a URL");
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(DatabaseUrl.parse("postgresql://u:hunter22@h/db", DATA).toString()).doesNotContain("hunter22");
    }
}
