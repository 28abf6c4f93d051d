package com.astroaxis.identity.internal;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Roles and the permissions they carry, as stored. */
@Component
public class Roles {

    private final JdbcClient jdbc;

    Roles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record RoleView(String name, String description, boolean system, List<String> permissions) {
    }

    List<RoleView> all() {
        return read("", new Object[0]);
    }

    java.util.Optional<RoleView> find(String name) {
        return read("where r.name = ?", new Object[] {name}).stream().findFirst();
    }

    /** Roles with their permissions in one query, seeded roles first. */
    private List<RoleView> read(String where, Object[] parameters) {
        var roles = new java.util.LinkedHashMap<String, RoleView>();
        jdbc.sql("select r.name, r.description, r.system, rp.permission from id_role r "
                + "left join id_role_permission rp on rp.role_name = r.name " + where
                + " order by r.system desc, r.name, rp.permission")
                .params(parameters)
                .query((rs, n) -> {
                    var role = roles.get(rs.getString(1));
                    if (role == null) {
                        role = new RoleView(rs.getString(1), rs.getString(2), rs.getBoolean(3), new java.util.ArrayList<>());
                        roles.put(role.name(), role);
                    }
                    if (rs.getString(4) != null) {
                        role.permissions().add(rs.getString(4));
                    }
                    return null;
                }).list();
        return roles.values().stream()
                .map(role -> new RoleView(role.name(), role.description(), role.system(), List.copyOf(role.permissions())))
                .toList();
    }

    /** The given names if every one is a role; a 400 naming the unknown ones otherwise. */
    Set<String> existing(Set<String> names) {
        var known = new HashSet<>(jdbc.sql("select name from id_role").query(String.class).list());
        var unknown = names.stream().filter(name -> !known.contains(name)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw Invalid.field("roles", "unknown role(s): " + String.join(", ", unknown));
        }
        return new LinkedHashSet<>(names);
    }

    boolean exists(String name) {
        return jdbc.sql("select count(*) from id_role where name = ?").param(name).query(Long.class).single() > 0;
    }

    Set<String> permissionsOf(Set<String> roleNames) {
        var permissions = new HashSet<String>();
        for (var role : roleNames) {
            permissions.addAll(jdbc.sql("select permission from id_role_permission where role_name = ?").param(role)
                    .query(String.class).list());
        }
        return permissions;
    }

    Set<String> rolesOfUser(UUID userId) {
        return Set.copyOf(jdbc.sql("select role from id_user_role where user_id = ?").param(userId)
                .query(String.class).list());
    }

    Set<String> permissionsOfUser(UUID userId) {
        return Set.copyOf(jdbc.sql("""
                select distinct rp.permission from id_user_role ur
                join id_role_permission rp on rp.role_name = ur.role where ur.user_id = ?""")
                .param(userId).query(String.class).list());
    }

    void create(String name, String description, java.time.Instant now) {
        jdbc.sql("insert into id_role (name, description, system, created_at) values (?, ?, false, ?)")
                .params(name, description, Sessions.ts(now)).update();
    }

    void describe(String name, String description) {
        jdbc.sql("update id_role set description = ? where name = ?").params(description, name).update();
    }

    void replacePermissions(String role, Set<String> permissions) {
        jdbc.sql("delete from id_role_permission where role_name = ?").param(role).update();
        for (var permission : permissions) {
            jdbc.sql("insert into id_role_permission (role_name, permission) values (?, ?)").params(role, permission)
                    .update();
        }
    }
}
