package com.astroaxis.ops.internal;

import com.astroaxis.identity.IdentityManagement;
import com.astroaxis.ops.Command;
import com.astroaxis.platform.config.AstroAxisSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a server's first start against an empty database: the administrator from ADMIN_USERNAME/ADMIN_PASSWORD, or
 * with DEMO_DATA the demo shop's published demo administrator. Never touches a database that has users.
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

    FirstAdministrator(IdentityManagement identity, AstroAxisSettings settings) {
        this.identity = identity;
        this.settings = settings;
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
            identity.createAdministrator(DEMO_USERNAME, "Demo Administrator", DEMO_PASSWORD, "system");
            log.warn("Demo data: administrator '{}' with the published demo password. Never use this for a real shop.",
                    DEMO_USERNAME);
        } else {
            log.warn("No users yet. Create the first administrator: java -jar astroaxis.jar create-admin "
                    + "(or set ADMIN_USERNAME and ADMIN_PASSWORD and restart).");
        }
    }
}
