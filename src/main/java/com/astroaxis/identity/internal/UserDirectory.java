package com.astroaxis.identity.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads what a request needs to know about its user in as few queries as possible. */
@Component
class UserDirectory {

    private final JdbcClient jdbc;

    UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Principal(UUID id, String username, boolean active, UUID securityStamp, boolean allBranches,
                     boolean totpEnabled, Set<String> roles, Set<String> permissions, Set<UUID> branchIds) {
    }

    Optional<Principal> load(UUID userId) {
        var user = jdbc.sql("select username, active, security_stamp, all_branches, totp_enabled from id_user where id = ?")
                .param(userId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getBoolean(2), rs.getObject(3, UUID.class),
                        rs.getBoolean(4), rs.getBoolean(5)})
                .optional();
        if (user.isEmpty()) {
            return Optional.empty();
        }
        var row = user.get();
        // roles with their permissions, and branches, in one round trip: this runs on every API request
        var roles = new HashSet<String>();
        var permissions = new HashSet<String>();
        var branches = new HashSet<UUID>();
        jdbc.sql("""
                select 'R', ur.role, rp.permission, cast(null as uuid) from id_user_role ur
                left join id_role_permission rp on rp.role_name = ur.role
                where ur.user_id = :user
                union all
                select 'B', null, null, ub.branch_id from id_user_branch ub where ub.user_id = :user""")
                .param("user", userId)
                .query(rs -> {
                    if ("B".equals(rs.getString(1))) {
                        branches.add(rs.getObject(4, UUID.class));
                        return;
                    }
                    roles.add(rs.getString(2));
                    if (rs.getString(3) != null) {
                        permissions.add(rs.getString(3));
                    }
                });
        return Optional.of(new Principal(userId, (String) row[0], (Boolean) row[1], (UUID) row[2], (Boolean) row[3],
                (Boolean) row[4], Set.copyOf(roles), Set.copyOf(permissions), Set.copyOf(branches)));
    }
}
