package com.astroaxis.identity.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.astroaxis.identity.Role;
import com.astroaxis.platform.config.AstroAxisSettings;
import com.astroaxis.platform.web.ProblemWriter;
import com.astroaxis.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Production policy: an Owner or Admin must enrol an authenticator before doing anything else. Until then only
 * their own account, enrolment and signing out are open to them. Applied inside the security chain only (it is
 * not a bean, so it is not also registered as a servlet filter).
 */
class TotpEnrolmentPolicy extends OncePerRequestFilter {

    private static final Set<String> ROLES_THAT_MUST_ENROL = Set.of(Role.OWNER.displayName(), Role.ADMIN.displayName());
    private static final Set<String> OPEN_PATHS = Set.of("/api/v1/me", "/api/v1/me/totp", "/api/v1/me/totp/confirm",
            "/api/v1/me/password", "/api/v1/auth/logout", "/api/v1/auth/refresh", "/api/v1/app-info");
    private final boolean enforced;
    private final ProblemWriter problems;

    TotpEnrolmentPolicy(AstroAxisSettings settings, ProblemWriter problems) {
        this.enforced = settings.production();
        this.problems = problems;
    }

    static boolean mustEnrol(UserDirectory.Principal principal) {
        return !principal.totpEnabled() && principal.roles().stream().anyMatch(ROLES_THAT_MUST_ENROL::contains);
    }

    boolean enforced() {
        return enforced;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (enforced && request.getAttribute(TokenAuthentication.PRINCIPAL_ATTRIBUTE) instanceof UserDirectory.Principal p
                && mustEnrol(p) && !OPEN_PATHS.contains(request.getRequestURI())) {
            problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "totp-enrolment-required",
                    "Authenticator required", "Owners and administrators must set up an authenticator app first "
                            + "(My account → Two-step sign-in)."));
            return;
        }
        chain.doFilter(request, response);
    }
}
