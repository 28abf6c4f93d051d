package com.astroaxis.identity.internal;

import java.util.List;
import java.util.Set;

import com.astroaxis.platform.security.PermissionDeclarations;
import com.astroaxis.platform.security.PermissionDefinition;

import org.springframework.stereotype.Component;

@Component
class IdentityPermissions implements PermissionDeclarations {

    static final String USERS_MANAGE = "users.manage";

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(USERS_MANAGE, "Create, change and disable users; manage roles",
                Set.of("Owner", "Admin")));
    }
}
