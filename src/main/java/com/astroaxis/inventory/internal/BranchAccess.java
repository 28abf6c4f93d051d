package com.astroaxis.inventory.internal;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.astroaxis.platform.security.AuthenticatedUser;
import com.astroaxis.platform.security.CurrentUser;

/**
 * Object-level checks: a signed-in user sees and changes only the stock of branches they may access (Owner and Admin:
 * all). Work nobody signed in asked for (events, jobs) is not limited. A branch one may not access is answered like
 * an unknown one, so its existence is not given away.
 */
final class BranchAccess {

    private BranchAccess() {
    }

    static boolean allowed(UUID branchId) {
        return CurrentUser.get().map(user -> user.mayAccessBranch(branchId)).orElse(true);
    }

    static void require(UUID branchId) {
        if (!allowed(branchId)) {
            throw Refusals.notFound("branch", branchId);
        }
    }

    /** The branches the caller is limited to, or null when they may see every branch. */
    static Set<UUID> visible() {
        return CurrentUser.get().filter(user -> !user.allBranches()).map(AuthenticatedUser::branchIds)
                .map(ids -> ids.stream().collect(Collectors.toUnmodifiableSet())).orElse(null);
    }
}
