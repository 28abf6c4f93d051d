package com.astroaxis.identity.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.astroaxis.identity.PasswordPolicy;
import com.astroaxis.identity.Role;
import com.astroaxis.identity.internal.UserCommands.CreateUser;
import com.astroaxis.identity.internal.UserCommands.UpdateUser;
import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.security.AuthenticatedUser;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users as administrators manage them. A caller limited to some branches sees and changes only users of those
 * branches, and nobody can hand out a permission or a branch they do not hold themselves.
 */
@Service
public class UserAdministration {

    private static final Set<String> ALL_BRANCH_ROLES = Set.of(Role.OWNER.displayName(), Role.ADMIN.displayName());
    private final UserAccounts accounts;
    private final Roles roles;
    private final PasswordEncoder passwords;
    private final Sessions sessions;
    private final SecurityEvents security;
    private final Clock clock;

    UserAdministration(UserAccounts accounts, Roles roles, PasswordEncoder passwords, Sessions sessions,
            SecurityEvents security, Clock clock) {
        this.accounts = accounts;
        this.roles = roles;
        this.passwords = passwords;
        this.sessions = sessions;
        this.security = security;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserView> list(AuthenticatedUser caller) {
        return accounts.findAll().stream().filter(account -> visibleTo(account, caller))
                .map(UserView::of).sorted(java.util.Comparator.comparing(UserView::username)).toList();
    }

    @Transactional(readOnly = true)
    public UserView get(UUID id, AuthenticatedUser caller) {
        return UserView.of(visible(id, caller));
    }

    @Transactional
    public UserView create(CreateUser command, AuthenticatedUser caller) {
        var username = command.username() == null ? "" : command.username();
        Invalid.check("username", () -> UserAccount.normalise(username));
        Invalid.check("password", () -> PasswordPolicy.check(command.password()));
        var normalised = UserAccount.normalise(username);
        if (accounts.findByUsername(normalised).isPresent()) {
            throw Invalid.conflict("username-taken", "A user named '" + normalised + "' already exists.");
        }
        var roleNames = roles.existing(command.roles() == null ? Set.of() : command.roles());
        var now = clock.instant();
        var account = UserAccount.create(normalised, ContactDetails.displayName(command.displayName(), normalised),
                passwords.encode(command.password()), now);
        account.describe(account.displayName(), ContactDetails.email(command.email()),
                ContactDetails.phone(command.phone()), now);
        roleNames.forEach(account::grant);
        var branches = command.branchIds() == null ? Set.<UUID>of() : Set.copyOf(command.branchIds());
        boolean allBranches = command.allBranches() != null ? command.allBranches()
                : roleNames.stream().anyMatch(ALL_BRANCH_ROLES::contains);
        mayHandOut(caller, roleNames, branches, allBranches);
        account.replaceBranches(branches, allBranches, now);
        var saved = accounts.save(account);
        security.record(AuditRecord.of(caller.username(), "user.created", "user", saved.id()).withAfter(auditState(saved)));
        return UserView.of(saved);
    }

    @Transactional
    public UserView update(UUID id, UpdateUser command, AuthenticatedUser caller) {
        var account = visible(id, caller);
        var before = auditState(account);
        var now = clock.instant();
        if (command.displayName() != null || command.email() != null || command.phone() != null) {
            account.describe(ContactDetails.displayName(command.displayName(), account.displayName()),
                    command.email() != null ? ContactDetails.email(command.email()) : account.email(),
                    command.phone() != null ? ContactDetails.phone(command.phone()) : account.phone(), now);
        }
        if (command.roles() != null || command.branchIds() != null || command.allBranches() != null) {
            var roleNames = command.roles() != null ? roles.existing(command.roles()) : account.roleNames();
            var branches = command.branchIds() != null ? Set.copyOf(command.branchIds()) : account.branchIds();
            boolean all = command.allBranches() != null ? command.allBranches() : account.allBranches();
            mayHandOut(caller, roleNames, branches, all);
            if (!roleNames.equals(account.roleNames())) {
                refuseSelfLockout(account, caller, roleNames);
                account.replaceRoles(roleNames, now);
            }
            account.replaceBranches(branches, all, now);
        }
        if (command.password() != null) {
            Invalid.check("password", () -> PasswordPolicy.check(command.password()));
            account.changePassword(passwords.encode(command.password()), now);
            sessions.revokeAllOf(account.id(), "password set by an administrator");
        }
        if (Boolean.FALSE.equals(command.active()) && account.active()) {
            if (account.id().equals(caller.id())) {
                throw Invalid.forbidden("You cannot disable your own account.");
            }
            account.disable(now);
            sessions.revokeAllOf(account.id(), "user disabled");
        } else if (Boolean.TRUE.equals(command.active()) && !account.active()) {
            account.enable(now);
        }
        var saved = accounts.save(account);
        var after = auditState(saved);
        if (!after.equals(before) || command.password() != null) {
            var changes = new LinkedHashMap<String, Object>(after);
            if (command.password() != null) {
                changes.put("password", "changed");
            }
            security.record(new AuditRecord(caller.username(), "user.updated", "user", saved.id().toString(), before, changes,
                    command.reason()));
        }
        return UserView.of(saved);
    }

    private UserAccount visible(UUID id, AuthenticatedUser caller) {
        return accounts.findById(id).filter(account -> visibleTo(account, caller))
                .orElseThrow(() -> Invalid.notFound("That user"));
    }

    static boolean visibleTo(UserAccount account, AuthenticatedUser caller) {
        if (caller.allBranches() || account.id().equals(caller.id())) {
            return true;
        }
        return !account.allBranches() && account.branchIds().stream().anyMatch(caller.branchIds()::contains);
    }

    private void mayHandOut(AuthenticatedUser caller, Set<String> roleNames, Set<UUID> branches, boolean all) {
        if (!caller.allBranches() && (all || !caller.branchIds().containsAll(branches))) {
            throw Invalid.forbidden("You can only give access to branches you work in yourself.");
        }
        if (roleNames.contains(Role.OWNER.displayName())
                && !roles.rolesOfUser(caller.id()).contains(Role.OWNER.displayName())) {
            throw Invalid.forbidden("Only an Owner can make someone an Owner.");
        }
        var callerPermissions = roles.permissionsOfUser(caller.id());
        var wanted = roles.permissionsOf(roleNames);
        if (!callerPermissions.containsAll(wanted)) {
            var missing = new HashSet<>(wanted);
            missing.removeAll(callerPermissions);
            throw Invalid.forbidden("You cannot give permissions you do not hold: " + String.join(", ", missing.stream().sorted().toList()) + ".");
        }
    }

    private void refuseSelfLockout(UserAccount account, AuthenticatedUser caller, Set<String> newRoles) {
        if (account.id().equals(caller.id()) && !roles.permissionsOf(newRoles).contains(IdentityPermissions.USERS_MANAGE)) {
            throw Invalid.forbidden("You cannot remove your own right to manage users.");
        }
    }

    private static Map<String, Object> auditState(UserAccount account) {
        var state = new LinkedHashMap<String, Object>();
        state.put("username", account.username());
        state.put("active", account.active());
        state.put("roles", account.roleNames().stream().sorted().toList());
        state.put("branchIds", account.branchIds().stream().map(UUID::toString).sorted().toList());
        state.put("allBranches", account.allBranches());
        state.put("hasEmail", account.email() != null);
        state.put("hasPhone", account.phone() != null);
        return state;
    }

}
