package com.astroaxis.platform.security;

import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;

/** Who is making the current request, for audit entries and object-level checks. */
public final class CurrentUser {

    public static final String SYSTEM = "system";

    private CurrentUser() {
    }

    public static Optional<AuthenticatedUser> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The username of the signed-in user, or {@code system} for work nobody signed in asked for. */
    public static String actorName() {
        return get().map(AuthenticatedUser::username).orElse(SYSTEM);
    }
}
