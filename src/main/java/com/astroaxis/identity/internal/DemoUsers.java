package com.astroaxis.identity.internal;

import java.util.Set;
import java.util.UUID;

import com.astroaxis.branches.BranchDirectory;
import com.astroaxis.identity.Role;
import com.astroaxis.identity.internal.UserCommands.CreateUser;
import com.astroaxis.platform.demo.DemoShopRequested;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo shop's staff, with the demo administrator's published password: a manager of the two shops and a cashier
 * of the Ikeja shop. Created through the user administration, so the usual checks and audit entries apply.
 */
@Component
class DemoUsers {

    /** Published in the README with the demo administrator's: DEMO_DATA is refused in production. */
    static final String PASSWORD = "astroaxis-demo";
    private final UserAdministration users;
    private final BranchDirectory branches;

    DemoUsers(UserAdministration users, BranchDirectory branches) {
        this.users = users;
        this.branches = branches;
    }

    @EventListener
    @Order(DemoShopRequested.USERS)
    void on(DemoShopRequested request) {
        var ikeja = branch("IKJ");
        var lekki = branch("LEK");
        users.create(new CreateUser("ngozi", PASSWORD, "Ngozi Okafor", "ngozi@demo-shop.example",
                "+234 803 555 0111", Set.of(Role.MANAGER.displayName()), Set.of(ikeja, lekki), false),
                request.actor());
        users.create(new CreateUser("tunde", PASSWORD, "Tunde Bakare", null, "+234 803 555 0222",
                Set.of(Role.CASHIER.displayName()), Set.of(ikeja), false), request.actor());
    }

    private UUID branch(String code) {
        return branches.all().stream().filter(branch -> branch.code().equals(code)).findFirst()
                .map(branch -> branch.id().value())
                .orElseThrow(() -> new IllegalStateException("the demo branch " + code + " is missing"));
    }
}
