package com.astroaxis.branches.internal;

import java.util.List;
import java.util.Set;

import com.astroaxis.platform.security.PermissionDeclarations;
import com.astroaxis.platform.security.PermissionDefinition;

import org.springframework.stereotype.Component;

@Component
class BranchPermissions implements PermissionDeclarations {

    /** Create and change branches. */
    public static final String MANAGE = "branches.manage";

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(MANAGE, "Create and change branches (shops and warehouses)",
                Set.of("Owner", "Admin")));
    }
}
