package com.astroaxis.identity.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.astroaxis.identity.Role;
import com.astroaxis.platform.security.PermissionDeclarations;
import com.astroaxis.platform.security.PermissionDefinition;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every permission the modules declare, kept in the database. A permission seen for the first time is granted to
 * its default roles (the Owner holds every permission); after that, administrators decide.
 */
@Component
class PermissionRegistry {

    private static final Logger log = LoggerFactory.getLogger(PermissionRegistry.class);
    private final Map<String, PermissionDefinition> declared = new LinkedHashMap<>();
    private final JdbcClient jdbc;

    PermissionRegistry(List<PermissionDeclarations> declarations, JdbcClient jdbc) {
        this.jdbc = jdbc;
        declarations.stream().flatMap(d -> d.permissions().stream()).forEach(permission -> {
            if (declared.putIfAbsent(permission.code(), permission) != null) {
                throw new IllegalStateException("permission " + permission.code() + " is declared twice");
            }
        });
    }

    Map<String, PermissionDefinition> declared() {
        return declared;
    }

    boolean exists(String code) {
        return declared.containsKey(code);
    }

    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    public void synchronise() {
        var known = new HashSet<>(jdbc.sql("select code from id_permission").query(String.class).list());
        for (var permission : declared.values()) {
            if (known.contains(permission.code())) {
                jdbc.sql("update id_permission set description = ? where code = ?")
                        .params(permission.description(), permission.code()).update();
                continue;
            }
            try {
                jdbc.sql("insert into id_permission (code, description) values (?, ?)")
                        .params(permission.code(), permission.description()).update();
            } catch (DuplicateKeyException anotherInstanceWasFaster) {
                continue;
            }
            var roles = new HashSet<>(permission.defaultRoles());
            roles.add(Role.OWNER.displayName());
            grant(permission.code(), roles);
            log.info("New permission {} granted to {}", permission.code(), roles);
        }
    }

    private void grant(String permission, Set<String> roles) {
        for (var role : roles) {
            jdbc.sql("""
                    insert into id_role_permission (role_name, permission)
                    select name, ? from id_role where name = ?""").params(permission, role).update();
        }
    }
}
