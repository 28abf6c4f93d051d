package com.astroaxis.platform.security;

import java.util.Set;
import java.util.UUID;

/**
 * The signed-in user as every module sees them: who, which branches they may work in, and their session. A user
 * with {@code allBranches} (Owner, Admin) is not limited to {@code branchIds}.
 */
public record AuthenticatedUser(UUID id, String username, Set<UUID> branchIds, boolean allBranches, UUID sessionId) {

    public AuthenticatedUser {
        branchIds = branchIds == null ? Set.of() : Set.copyOf(branchIds);
    }

    /** Object-level check: may this user see or change records of that branch? */
    public boolean mayAccessBranch(UUID branchId) {
        return allBranches || branchIds.contains(branchId);
    }
}
