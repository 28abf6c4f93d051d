package com.astroaxis.identity.internal;

import java.util.UUID;

import com.astroaxis.platform.config.AstroAxisSettings;
import com.astroaxis.platform.security.ApiAuthentication;
import com.astroaxis.platform.security.AuthenticatedUser;
import com.astroaxis.platform.web.ProblemWriter;
import com.astroaxis.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Bearer tokens on every API request: the signature and expiry are checked by Spring Security, then the user, its
 * security stamp and the session are looked up, so a disabled user, a changed password or a signed-out session
 * fails on the very next request, on every instance.
 */
@Component
class TokenAuthentication implements ApiAuthentication {

    static final String PRINCIPAL_ATTRIBUTE = TokenAuthentication.class.getName() + ".principal";
    private final AccessTokens tokens;
    private final UserDirectory directory;
    private final Sessions sessions;
    private final ProblemWriter problems;
    private final TotpEnrolmentPolicy enrolmentPolicy;

    TokenAuthentication(AccessTokens tokens, UserDirectory directory, Sessions sessions, ProblemWriter problems,
            AstroAxisSettings settings) {
        this.tokens = tokens;
        this.directory = directory;
        this.sessions = sessions;
        this.problems = problems;
        this.enrolmentPolicy = new TotpEnrolmentPolicy(settings, problems);
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.oauth2ResourceServer(server -> server
                .jwt(jwt -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(this::authenticate))
                .authenticationEntryPoint((request, response, exception) -> {
                    response.setHeader("WWW-Authenticate", "Bearer");
                    problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                            "Sign-in required", request.getHeader("Authorization") == null
                                    ? "Sign in to use this part of AstroAxis."
                                    : "Your session has ended. Sign in again."));
                }));
        http.addFilterAfter(enrolmentPolicy, BearerTokenAuthenticationFilter.class);
    }

    AbstractAuthenticationToken authenticate(Jwt jwt) {
        var principal = directory.load(uuid(jwt.getSubject()))
                .filter(UserDirectory.Principal::active)
                .filter(user -> user.securityStamp().toString().equals(jwt.getClaimAsString(AccessTokens.STAMP)))
                .orElseThrow(() -> new InvalidBearerTokenException("the user's access has changed"));
        var sessionId = uuid(jwt.getClaimAsString(AccessTokens.SESSION));
        var session = sessions.find(sessionId).filter(sessions::usable)
                .orElseThrow(() -> new InvalidBearerTokenException("the session has ended"));
        sessions.touch(session);
        var attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(PRINCIPAL_ATTRIBUTE, principal, RequestAttributes.SCOPE_REQUEST);
        }
        var user = new AuthenticatedUser(principal.id(), principal.username(), principal.branchIds(),
                principal.allBranches(), sessionId);
        var authorities = principal.permissions().stream().map(SimpleGrantedAuthority::new).toList();
        return new UsernamePasswordAuthenticationToken(user, jwt, authorities);
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            throw new InvalidBearerTokenException("malformed token");
        }
    }
}
