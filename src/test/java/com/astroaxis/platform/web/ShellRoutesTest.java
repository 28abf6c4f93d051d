package com.astroaxis.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShellRoutesTest {

    @ParameterizedTest
    @CsvSource({"login, true", "home, true", "sales/today, true", "'', true", "assets/app.js, false",
            "api/v1/unknown, false", "actuator/prometheus, false", "v3/api-docs, false", "favicon.ico, false"})
    void servesTheShellOnlyForAppRoutes(String path, boolean appRoute) {
        assertThat(WebShellConfiguration.ShellResolver.isAppRoute(path)).isEqualTo(appRoute);
    }
}
