package com.astroaxis.inventory.internal;

import java.util.List;
import java.util.Set;

import com.astroaxis.platform.security.PermissionDeclarations;
import com.astroaxis.platform.security.PermissionDefinition;

import org.springframework.stereotype.Component;

/** The permissions the inventory module checks. Reading stock needs only a signed-in user with access to the branch. */
@Component
class InventoryPermissions implements PermissionDeclarations {

    static final String ADJUST = "inventory.adjust";
    static final String TRANSFER = "inventory.transfer";
    static final String COUNT = "inventory.count";
    static final String PURCHASING = "purchasing.manage";

    @Override
    public List<PermissionDefinition> permissions() {
        var managers = Set.of("Owner", "Admin", "Manager");
        return List.of(
                new PermissionDefinition(ADJUST, "Adjust stock levels with a reason and set reorder levels", managers),
                new PermissionDefinition(TRANSFER, "Dispatch and receive stock transfers between branches", managers),
                new PermissionDefinition(COUNT, "Run stocktakes: count sheets, counts and posting corrections",
                        managers),
                new PermissionDefinition(PURCHASING, "Manage suppliers and purchase orders, receive goods",
                        Set.of("Owner", "Admin", "Manager", "Accountant")));
    }
}
