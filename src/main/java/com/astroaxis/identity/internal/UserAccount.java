package com.astroaxis.identity.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person who signs in. Never deleted: disabled, so that what they did stays attributable. Changing the password,
 * disabling the account or changing its roles renews the security stamp, which ends every session at once.
 */
class UserAccount {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final UUID id;
    private final String username;
    private String displayName;
    private String email;
    private String phone;
    private String passwordHash;
    private boolean active;
    private boolean allBranches;
    private UUID securityStamp;
    private String totpSecret;
    private boolean totpEnabled;
    private Long totpLastStep;
    private Instant passwordChangedAt;
    private final Instant createdAt;
    private Instant updatedAt;
    private Set<RoleGrant> roles = new HashSet<>();
    private Set<BranchGrant> branches = new HashSet<>();
    /** Null until first saved; {@link UserAccounts} checks and advances it on every save. */
    private Long version;

    UserAccount(UUID id, String username, String displayName, String passwordHash, boolean active,
                Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.active = active;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static UserAccount create(String username, String displayName, String passwordHash, Instant now) {
        var account = new UserAccount(UUID.randomUUID(), normalise(username), displayName, passwordHash, true, now, now);
        account.securityStamp = UUID.randomUUID();
        account.passwordChangedAt = now;
        return account;
    }

    /** An account as {@link UserAccounts} read it from its rows. */
    static UserAccount restore(UUID id, String username, String displayName, String email, String phone,
                               String passwordHash, boolean active, boolean allBranches, UUID securityStamp,
                               String totpSecret, boolean totpEnabled, Long totpLastStep, Instant passwordChangedAt,
                               Instant createdAt, Instant updatedAt, Set<String> roleNames, Set<UUID> branchIds,
                               long version) {
        var account = new UserAccount(id, username, displayName, passwordHash, active, createdAt, updatedAt);
        account.email = email;
        account.phone = phone;
        account.allBranches = allBranches;
        account.securityStamp = securityStamp;
        account.totpSecret = totpSecret;
        account.totpEnabled = totpEnabled;
        account.totpLastStep = totpLastStep;
        account.passwordChangedAt = passwordChangedAt;
        account.roles = roleNames.stream().map(RoleGrant::new).collect(Collectors.toCollection(HashSet::new));
        account.branches = branchIds.stream().map(BranchGrant::new).collect(Collectors.toCollection(HashSet::new));
        account.version = version;
        return account;
    }

    /** Usernames are compared without regard to case and surrounding spaces. */
    static String normalise(String username) {
        var normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(normalised).matches()) {
            throw new IllegalArgumentException(
                    "a username has 2 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit");
        }
        return normalised;
    }

    void grant(String role) {
        roles.add(new RoleGrant(role));
    }

    void replaceRoles(Set<String> names, Instant now) {
        roles = names.stream().map(RoleGrant::new).collect(Collectors.toCollection(HashSet::new));
        renewStamp(now);
    }

    void replaceBranches(Set<UUID> branchIds, boolean all, Instant now) {
        branches = branchIds.stream().map(BranchGrant::new).collect(Collectors.toCollection(HashSet::new));
        allBranches = all;
        renewStamp(now);
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        renewStamp(now);
    }

    void enable(Instant now) {
        this.active = true;
        this.updatedAt = now;
    }

    void disable(Instant now) {
        this.active = false;
        renewStamp(now);
    }

    void describe(String displayName, String email, String phone, Instant now) {
        this.displayName = displayName;
        this.email = email;
        this.phone = phone;
        this.updatedAt = now;
    }

    void startTotpEnrolment(String encryptedSecret, Instant now) {
        this.totpSecret = encryptedSecret;
        this.totpEnabled = false;
        this.totpLastStep = null;
        this.updatedAt = now;
    }

    /** Turning two-step sign-in on strengthens the account: sessions already signed in carry on. */
    void confirmTotp(long step, Instant now) {
        this.totpEnabled = true;
        this.totpLastStep = step;
        this.updatedAt = now;
    }

    /** Records the time step of an accepted code; a code from that step or an earlier one is never accepted again. */
    void useTotpStep(long step) {
        this.totpLastStep = step;
    }

    private void renewStamp(Instant now) {
        this.securityStamp = UUID.randomUUID();
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    String phone() {
        return phone;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean active() {
        return active;
    }

    boolean allBranches() {
        return allBranches;
    }

    UUID securityStamp() {
        return securityStamp;
    }

    String totpSecret() {
        return totpSecret;
    }

    boolean totpEnabled() {
        return totpEnabled;
    }

    Long totpLastStep() {
        return totpLastStep;
    }

    Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** Never saved yet: the next save inserts it. */
    boolean isNew() {
        return version == null;
    }

    Long version() {
        return version;
    }

    /** Called by {@link UserAccounts} once the account's row carries this version. */
    void savedAs(long version) {
        this.version = version;
    }

    Set<String> roleNames() {
        return roles.stream().map(RoleGrant::role).collect(Collectors.toUnmodifiableSet());
    }

    Set<UUID> branchIds() {
        return branches.stream().map(BranchGrant::branchId).collect(Collectors.toUnmodifiableSet());
    }

    record RoleGrant(String role) {
    }

    record BranchGrant(UUID branchId) {
    }
}
