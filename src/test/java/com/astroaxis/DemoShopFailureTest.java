package com.astroaxis;

import static org.assertj.core.api.Assertions.assertThat;

import com.astroaxis.identity.IdentityManagement;
import com.astroaxis.platform.demo.DemoShopRequested;
import com.astroaxis.testing.FreshDatabaseIntegrationTest;
import com.astroaxis.testing.Http;
import com.astroaxis.testing.TestUsers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.TestPropertySource;

/**
 * A demo shop that fails halfway (here: right after the catalogue) is reported in one warning; the server starts
 * anyway, with the demo administrator and what was loaded before the failure. On a fresh database of its own, like
 * {@link DemoShopTest}.
 */
@Import(DemoShopFailureTest.BrokenPart.class)
@TestPropertySource(properties = "DEMO_DATA=true")
@ExtendWith(OutputCaptureExtension.class)
class DemoShopFailureTest extends FreshDatabaseIntegrationTest {




    @TestConfiguration
    static class BrokenPart {

        @Bean
        Breaker breaker() {
            return new Breaker();
        }
    }

    static class Breaker {

        @EventListener
        @Order(DemoShopRequested.CATALOGUE + 1)
        void on(DemoShopRequested request) {
            throw new IllegalStateException("a demo part broken on purpose");
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;

    @Test
    void startsWithWhatWasLoadedAndSaysWhatFailed(CapturedOutput output) {
        var http = Http.onPort(port);
        var admin = new TestUsers(http, identity).login("admin", "astroaxis-demo");

        assertThat(Http.json(http.get("/actuator/health/readiness")).get("status").asString()).isEqualTo("UP");
        assertThat(identity.userCount()).as("the demo administrator only: the staff come after the failure").isOne();
        assertThat(Http.json(http.get("/api/v1/branches", admin.bearer())).size()).isEqualTo(3);
        assertThat(Http.json(http.get("/api/v1/products?q=rice", admin.bearer())).get("total").asLong()).isPositive();
        assertThat(output.getOut()).contains("the demo shop could not be loaded completely (a demo part broken on "
                + "purpose)");
    }
}
