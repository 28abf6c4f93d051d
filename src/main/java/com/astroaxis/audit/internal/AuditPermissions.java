package com.astroaxis.audit.internal;

import java.util.List;
import java.util.Set;

import com.astroaxis.audit.AuditManagement;
import com.astroaxis.platform.security.PermissionDeclarations;
import com.astroaxis.platform.security.PermissionDefinition;

import org.springframework.stereotype.Component;

/** The audit module's permissions. */
@Component
class AuditPermissions implements PermissionDeclarations {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(AuditManagement.READ_PERMISSION, "Read the audit trail",
                Set.of("Owner", "Admin", "Accountant")));
    }
}
