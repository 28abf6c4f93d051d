package com.astroaxis.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Set;

import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.audit.AuditableEvent;

/**
 * An administrator account was created or had its password reset from the command line or at first start.
 * The audit trail records it: who, which account, its username and roles afterwards (never the password).
 */
public record AdministratorChanged(UserId userId, String username, Kind kind, String actor, Instant at,
                                   Set<Role> roles) implements AuditableEvent {

    public enum Kind { CREATED, RESET }

    public AdministratorChanged {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    @Override
    public AuditRecord auditRecord() {
        var after = new LinkedHashMap<String, Object>();
        after.put("username", username);
        after.put("roles", roles.stream().sorted().map(Role::displayName).toList());
        var action = kind == Kind.CREATED ? "user.admin-created" : "user.admin-reset";
        return AuditRecord.of(actor, action, "user", userId).withAfter(after);
    }
}
