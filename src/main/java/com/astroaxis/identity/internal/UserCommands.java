package com.astroaxis.identity.internal;

import java.util.Set;
import java.util.UUID;

/** What an administrator may ask of the user directory. Null fields of an update are left as they are. */
public final class UserCommands {

    private UserCommands() {
    }

    public record CreateUser(String username, String password, String displayName, String email, String phone,
                             Set<String> roles, Set<UUID> branchIds, Boolean allBranches) {
    }

    public record UpdateUser(String displayName, String email, String phone, Boolean active, Set<String> roles,
                             Set<UUID> branchIds, Boolean allBranches, String password, String reason) {
    }

    public record CreateRole(String name, String description, Set<String> permissions) {
    }

    public record UpdateRole(String description, Set<String> permissions, String reason) {
    }
}
