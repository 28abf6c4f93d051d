package com.astroaxis.identity.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.astroaxis.identity.Role;
import com.astroaxis.identity.internal.UserCommands.CreateRole;
import com.astroaxis.identity.internal.UserCommands.UpdateRole;
import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.security.AuthenticatedUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles as administrators manage them. The Owner role always keeps every permission. */
@Service
public class RoleAdministration {

    private final Roles roles;
    private final PermissionRegistry registry;
    private final SecurityEvents security;
    private final Clock clock;

    RoleAdministration(Roles roles, PermissionRegistry registry, SecurityEvents security, Clock clock) {
        this.roles = roles;
        this.registry = registry;
        this.security = security;
        this.clock = clock;
    }

    public record PermissionView(String code, String description) {
    }

    @Transactional(readOnly = true)
    public List<Roles.RoleView> list() {
        return roles.all();
    }

    public List<PermissionView> permissions() {
        return registry.declared().values().stream().map(p -> new PermissionView(p.code(), p.description()))
                .sorted(java.util.Comparator.comparing(PermissionView::code)).toList();
    }

    @Transactional
    public Roles.RoleView create(CreateRole command, AuthenticatedUser caller) {
        var name = command.name() == null ? "" : command.name().strip();
        if (!name.matches("[\\p{L}0-9][\\p{L}0-9 ._-]{1,39}")) {
            throw Invalid.field("name", "has 2 to 40 letters, digits, spaces, dots, dashes or underscores");
        }
        if (roles.exists(name)) {
            throw Invalid.conflict("role-exists", "A role named '" + name + "' already exists.");
        }
        var permissions = checked(command.permissions(), caller);
        roles.create(name, description(command.description(), name), clock.instant());
        roles.replacePermissions(name, permissions);
        security.record(new AuditRecord(caller.username(), "role.created", "role", name, null,
                Map.of("permissions", permissions.stream().sorted().toList()), null));
        return find(name);
    }

    @Transactional
    public Roles.RoleView update(String name, UpdateRole command, AuthenticatedUser caller) {
        if (!roles.exists(name)) {
            throw Invalid.notFound("That role");
        }
        var before = find(name);
        if (command.description() != null) {
            roles.describe(name, description(command.description(), name));
        }
        if (command.permissions() != null) {
            var permissions = checked(command.permissions(), caller);
            if (name.equals(Role.OWNER.displayName()) && !permissions.containsAll(registry.declared().keySet())) {
                throw Invalid.forbidden("The Owner role always holds every permission.");
            }
            roles.replacePermissions(name, permissions);
        }
        var after = find(name);
        security.record(new AuditRecord(caller.username(), "role.updated", "role", name,
                Map.of("description", before.description(), "permissions", before.permissions()),
                Map.of("description", after.description(), "permissions", after.permissions()), command.reason()));
        return after;
    }

    private Set<String> checked(Set<String> requested, AuthenticatedUser caller) {
        var permissions = requested == null ? Set.<String>of() : new HashSet<>(requested);
        var unknown = permissions.stream().filter(code -> !registry.exists(code)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw Invalid.field("permissions", "unknown permission(s): " + String.join(", ", unknown));
        }
        var held = roles.permissionsOfUser(caller.id());
        if (!held.containsAll(permissions)) {
            throw Invalid.forbidden("You cannot give permissions you do not hold.");
        }
        return permissions;
    }

    private Roles.RoleView find(String name) {
        return roles.find(name).orElseThrow(() -> Invalid.notFound("That role"));
    }

    private static String description(String description, String name) {
        var text = description == null || description.isBlank() ? name : description.strip();
        if (text.length() > 200) {
            throw Invalid.field("description", "is longer than 200 characters");
        }
        return text;
    }

}
