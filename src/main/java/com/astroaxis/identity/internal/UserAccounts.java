package com.astroaxis.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code id_user}, {@code id_user_role} and {@code id_user_branch} tables: user accounts with their role and
 * branch grants. Saving checks the account's version, so that two people changing one account at once cannot
 * silently overwrite each other: the second is refused with an {@link OptimisticLockingFailureException}.
 */
@Repository
@Transactional(readOnly = true)
class UserAccounts {

    private static final String COLUMNS = """
            id, username, display_name, email, phone, password_hash, active, all_branches, security_stamp,
            totp_secret, totp_enabled, totp_last_step, password_changed_at, created_at, updated_at, version""";
    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts a new account, or updates one read earlier if nobody saved it since; either way its role and branch
     * grants then match the account's. Returns the account itself, carrying its new version.
     */
    @Transactional
    UserAccount save(UserAccount account) {
        var params = params(account);
        long version;
        if (account.isNew()) {
            version = 0;
            params.put("version", version);
            jdbc.sql("""
                    insert into id_user (id, username, display_name, email, phone, password_hash, active, all_branches,
                                         security_stamp, totp_secret, totp_enabled, totp_last_step, password_changed_at,
                                         created_at, updated_at, version)
                    values (:id, :username, :displayName, :email, :phone, :passwordHash, :active, :allBranches,
                            :securityStamp, :totpSecret, :totpEnabled, :totpLastStep, :passwordChangedAt,
                            :createdAt, :updatedAt, :version)
                    """).params(params).update();
        } else {
            params.put("version", account.version());
            int updated = jdbc.sql("""
                    update id_user set display_name = :displayName, email = :email, phone = :phone,
                           password_hash = :passwordHash, active = :active, all_branches = :allBranches,
                           security_stamp = :securityStamp, totp_secret = :totpSecret, totp_enabled = :totpEnabled,
                           totp_last_step = :totpLastStep, password_changed_at = :passwordChangedAt,
                           updated_at = :updatedAt, version = version + 1
                    where id = :id and version = :version
                    """).params(params).update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException("User account " + account.id()
                        + " was changed or removed since version " + account.version() + " was read");
            }
            version = account.version() + 1;
        }
        saveRoles(account.id(), account.roleNames(), !account.isNew());
        saveBranches(account.id(), account.branchIds(), !account.isNew());
        account.savedAs(version);
        return account;
    }

    Optional<UserAccount> findById(UUID id) {
        return one("id = :key", id);
    }

    /** The account with exactly this username; callers normalise it first. */
    Optional<UserAccount> findByUsername(String username) {
        return one("username = :key", username);
    }

    List<UserAccount> findAll() {
        var rows = jdbc.sql("select " + COLUMNS + " from id_user").query(UserAccounts::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var roles = new HashMap<UUID, Set<String>>();
        jdbc.sql("select user_id, role from id_user_role").query(result -> {
            roles.computeIfAbsent(result.getObject(1, UUID.class), k -> new HashSet<>()).add(result.getString(2));
        });
        var branches = new HashMap<UUID, Set<UUID>>();
        jdbc.sql("select user_id, branch_id from id_user_branch").query(result -> {
            branches.computeIfAbsent(result.getObject(1, UUID.class), k -> new HashSet<>())
                    .add(result.getObject(2, UUID.class));
        });
        return rows.stream().map(row -> row.account(roles.getOrDefault(row.id(), Set.of()),
                branches.getOrDefault(row.id(), Set.of()))).toList();
    }

    long count() {
        return jdbc.sql("select count(*) from id_user").query(Long.class).single();
    }

    private Optional<UserAccount> one(String condition, Object key) {
        return jdbc.sql("select " + COLUMNS + " from id_user where " + condition).param("key", key)
                .query(UserAccounts::row).optional()
                .map(row -> row.account(roleNames(row.id()), branchIds(row.id())));
    }

    private Set<String> roleNames(UUID userId) {
        return new HashSet<>(jdbc.sql("select role from id_user_role where user_id = ?").param(userId)
                .query(String.class).list());
    }

    private Set<UUID> branchIds(UUID userId) {
        return new HashSet<>(jdbc.sql("select branch_id from id_user_branch where user_id = ?").param(userId)
                .query(UUID.class).list());
    }

    /** Deletes the grants no longer wanted and inserts the new ones; unchanged grants are left alone. */
    private void saveRoles(UUID userId, Set<String> wanted, boolean existing) {
        var stored = existing ? roleNames(userId) : Set.<String>of();
        for (var role : stored) {
            if (!wanted.contains(role)) {
                jdbc.sql("delete from id_user_role where user_id = ? and role = ?").params(userId, role).update();
            }
        }
        for (var role : wanted) {
            if (!stored.contains(role)) {
                jdbc.sql("insert into id_user_role (user_id, role) values (?, ?)").params(userId, role).update();
            }
        }
    }

    private void saveBranches(UUID userId, Set<UUID> wanted, boolean existing) {
        var stored = existing ? branchIds(userId) : Set.<UUID>of();
        for (var branch : stored) {
            if (!wanted.contains(branch)) {
                jdbc.sql("delete from id_user_branch where user_id = ? and branch_id = ?").params(userId, branch)
                        .update();
            }
        }
        for (var branch : wanted) {
            if (!stored.contains(branch)) {
                jdbc.sql("insert into id_user_branch (user_id, branch_id) values (?, ?)").params(userId, branch)
                        .update();
            }
        }
    }

    private static Map<String, Object> params(UserAccount account) {
        var params = new LinkedHashMap<String, Object>();
        params.put("id", account.id());
        params.put("username", account.username());
        params.put("displayName", account.displayName());
        params.put("email", account.email());
        params.put("phone", account.phone());
        params.put("passwordHash", account.passwordHash());
        params.put("active", account.active());
        params.put("allBranches", account.allBranches());
        params.put("securityStamp", account.securityStamp());
        params.put("totpSecret", account.totpSecret());
        params.put("totpEnabled", account.totpEnabled());
        params.put("totpLastStep", account.totpLastStep());
        params.put("passwordChangedAt", timestamp(account.passwordChangedAt()));
        params.put("createdAt", timestamp(account.createdAt()));
        params.put("updatedAt", timestamp(account.updatedAt()));
        return params;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet result, String column) throws SQLException {
        var value = result.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Row row(ResultSet result, int number) throws SQLException {
        return new Row(result.getObject("id", UUID.class), result.getString("username"),
                result.getString("display_name"), result.getString("email"), result.getString("phone"),
                result.getString("password_hash"), result.getBoolean("active"), result.getBoolean("all_branches"),
                result.getObject("security_stamp", UUID.class), result.getString("totp_secret"),
                result.getBoolean("totp_enabled"), result.getObject("totp_last_step", Long.class),
                instant(result, "password_changed_at"), instant(result, "created_at"), instant(result, "updated_at"),
                result.getLong("version"));
    }

    /** One {@code id_user} row, waiting for its grants. */
    private record Row(UUID id, String username, String displayName, String email, String phone, String passwordHash,
                       boolean active, boolean allBranches, UUID securityStamp, String totpSecret, boolean totpEnabled,
                       Long totpLastStep, Instant passwordChangedAt, Instant createdAt, Instant updatedAt,
                       long version) {

        UserAccount account(Set<String> roleNames, Set<UUID> branchIds) {
            return UserAccount.restore(id, username, displayName, email, phone, passwordHash, active, allBranches,
                    securityStamp, totpSecret, totpEnabled, totpLastStep, passwordChangedAt, createdAt, updatedAt,
                    roleNames, branchIds, version);
        }
    }
}
