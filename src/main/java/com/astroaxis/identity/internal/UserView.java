package com.astroaxis.identity.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A user as administrators see it: never the password hash or the authenticator secret. */
public record UserView(UUID id, String username, String displayName, String email, String phone, boolean active,
                       Set<String> roles, Set<UUID> branchIds, boolean allBranches, boolean totpEnabled,
                       Instant createdAt) {

    static UserView of(UserAccount account) {
        return new UserView(account.id(), account.username(), account.displayName(), account.email(), account.phone(),
                account.active(), account.roleNames(), account.branchIds(), account.allBranches(),
                account.totpEnabled(), account.createdAt());
    }
}
