package com.astroaxis.identity.internal;

import java.time.Clock;
import java.util.stream.Collectors;

import com.astroaxis.identity.AdministratorChanged;
import com.astroaxis.identity.IdentityManagement;
import com.astroaxis.identity.PasswordPolicy;
import com.astroaxis.identity.Role;
import com.astroaxis.identity.UserId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultIdentityManagement implements IdentityManagement {

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DefaultIdentityManagement(UserAccounts accounts, PasswordEncoder passwords, ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public long userCount() {
        return accounts.count();
    }

    @Override
    @Transactional
    public UserId createAdministrator(String username, String displayName, String password, String actor) {
        var normalised = UserAccount.normalise(username);
        if (accounts.findByUsername(normalised).isPresent()) {
            throw new IllegalArgumentException("a user named '" + normalised + "' already exists");
        }
        PasswordPolicy.check(password);
        var name = displayName == null || displayName.isBlank() ? "Administrator" : displayName.strip();
        var account = UserAccount.create(normalised, name, passwords.encode(password), clock.instant());
        account.grant(Role.OWNER.displayName());
        account.grant(Role.ADMIN.displayName());
        account.replaceBranches(java.util.Set.of(), true, clock.instant());
        var saved = accounts.save(account);
        publish(saved, AdministratorChanged.Kind.CREATED, actor);
        return new UserId(saved.id());
    }

    @Override
    @Transactional
    public UserId resetAdministrator(String username, String password, String actor) {
        var normalised = UserAccount.normalise(username);
        PasswordPolicy.check(password);
        var existing = accounts.findByUsername(normalised);
        if (existing.isEmpty()) {
            return createAdministrator(normalised, null, password, actor);
        }
        var account = existing.get();
        var now = clock.instant();
        account.changePassword(passwords.encode(password), now);
        account.enable(now);
        account.grant(Role.ADMIN.displayName());
        account.replaceBranches(account.branchIds(), true, now);
        var saved = accounts.save(account);
        publish(saved, AdministratorChanged.Kind.RESET, actor);
        return new UserId(saved.id());
    }

    private void publish(UserAccount account, AdministratorChanged.Kind kind, String actor) {
        var roles = java.util.Arrays.stream(Role.values()).filter(role -> account.roleNames().contains(role.displayName()))
                .collect(Collectors.toSet());
        events.publishEvent(new AdministratorChanged(new UserId(account.id()), account.username(), kind, actor,
                clock.instant(), roles));
    }
}
