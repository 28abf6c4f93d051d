package com.astroaxis.ops.internal;

import java.util.List;

import com.astroaxis.identity.IdentityManagement;
import com.astroaxis.identity.UserId;
import com.astroaxis.ops.Command;
import com.astroaxis.platform.config.AstroAxisSettings;
import com.astroaxis.platform.demo.DemoShopRequested;
import com.astroaxis.platform.security.PermissionDeclarations;
import com.astroaxis.platform.security.PermissionDefinition;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * On a server's first start against an empty database: the administrator from ADMIN_USERNAME/ADMIN_PASSWORD, or
 * with DEMO_DATA the demo shop's published demo administrator and then the demo shop itself (every module adds its
 * part on {@link DemoShopRequested}). Never touches a database that has users.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = Command.PROPERTY, matchIfMissing = true, havingValue = "serve")
class FirstAdministrator implements ApplicationRunner {

    /** Published in the README: DEMO_DATA is refused in production. */
    static final String DEMO_USERNAME = "admin";
    static final String DEMO_PASSWORD = "astroaxis-demo";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final IdentityManagement identity;
    private final AstroAxisSettings settings;
    private final ApplicationEventPublisher events;
    private final List<PermissionDeclarations> permissions;

    FirstAdministrator(IdentityManagement identity, AstroAxisSettings settings, ApplicationEventPublisher events,
            List<PermissionDeclarations> permissions) {
        this.identity = identity;
        this.settings = settings;
        this.events = events;
        this.permissions = permissions;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (identity.userCount() > 0) {
            return;
        }
        var admin = settings.admin();
        if (admin.username() != null && !admin.username().isBlank() && admin.password() != null
                && !admin.password().isEmpty()) {
            identity.createAdministrator(admin.username(), null, admin.password(), "system");
            log.info("Created the first administrator '{}' from ADMIN_USERNAME", admin.username());
        } else if (settings.demoData()) {
            var demoAdministrator = identity.createAdministrator(DEMO_USERNAME, "Demo Administrator", DEMO_PASSWORD,
                    "system");
            log.warn("Demo data: administrator '{}' with the published demo password. Never use this for a real shop.",
                    DEMO_USERNAME);
            loadDemoShop(demoAdministrator);
        } else {
            log.warn("No users yet. Create the first administrator: java -jar astroaxis.jar create-admin "
                    + "(or set ADMIN_USERNAME and ADMIN_PASSWORD and restart).");
        }
    }

    /**
     * Every module adds its part of the demo shop, as the demo administrator with every permission (recorded as
     * {@value DemoShopRequested#ACTOR}). A failure leaves what was loaded so far and does not stop the server: the
     * administrator exists either way.
     */
    private void loadDemoShop(UserId administrator) {
        var request = new DemoShopRequested(administrator.value());
        var authorities = permissions.stream().flatMap(declared -> declared.permissions().stream())
                .map(PermissionDefinition::code).map(SimpleGrantedAuthority::new).toList();
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(request.actor(), null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            events.publishEvent(request);
            log.info("Demo data: the demo shop is loaded (its users and what it holds are listed in the README)");
        } catch (RuntimeException failure) {
            log.warn("Demo data: the demo shop could not be loaded completely ({}); what was loaded stays, and the "
                    + "administrator '{}' can sign in. To start over, start again on an empty database (with the embedded "
                    + "one: delete DATA_DIR).",
                    failure.getMessage(), DEMO_USERNAME, failure);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
