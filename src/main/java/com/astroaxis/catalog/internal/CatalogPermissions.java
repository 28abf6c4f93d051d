package com.astroaxis.catalog.internal;

import java.util.List;
import java.util.Set;

import com.astroaxis.platform.security.PermissionDeclarations;
import com.astroaxis.platform.security.PermissionDefinition;

import org.springframework.stereotype.Component;

@Component
class CatalogPermissions implements PermissionDeclarations {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition("catalog.write",
                "Create, change, archive and import products and categories", Set.of("Owner", "Admin", "Manager")));
    }
}
