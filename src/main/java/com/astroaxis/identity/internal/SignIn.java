package com.astroaxis.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signing in, refreshing and signing out. A wrong password, an unknown or disabled user and a wrong one-time code
 * all count towards the lockout; a locked username is refused even with the right password.
 */
@Service
public class SignIn {

    /** A hash to spend the same time on when the username is unknown, so timing does not reveal who exists. */
    private static final String DUMMY_HASH =
            "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BLL6n4XnU8ncM4cETqvhBO0c1dZW";
    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final Sessions sessions;
    private final AccessTokens tokens;
    private final TotpCodes totp;
    private final SecurityEvents security;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SignIn(UserAccounts accounts, PasswordEncoder passwords, LoginThrottle throttle, Sessions sessions,
           AccessTokens tokens, TotpCodes totp, SecurityEvents security, TransactionTemplate transaction,
           Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.sessions = sessions;
        this.tokens = tokens;
        this.totp = totp;
        this.security = security;
        this.transaction = transaction;
        this.clock = clock;
    }

    public record TokenPair(String accessToken, String refreshToken, long expiresIn, String tokenType) {
    }

    public TokenPair login(String rawUsername, String password, String otp, String clientIp, String userAgent) {
        var username = rawUsername == null ? "" : rawUsername.strip().toLowerCase(java.util.Locale.ROOT);
        var locked = throttle.lockedUntil(username);
        if (locked.isPresent()) {
            security.record(AuditRecord.of(username, "auth.login-refused-locked", "user", null));
            throw tooManyAttempts(locked.get());
        }
        var account = accounts.findByUsername(username).orElse(null);
        boolean passwordMatches = passwords.matches(password == null ? "" : password,
                account == null ? DUMMY_HASH : account.passwordHash());
        if (account == null || !account.active() || !passwordMatches) {
            fail(username, "auth.login-failed", "invalid-credentials", "Wrong username or password.");
        }
        if (account.totpEnabled()) {
            if (otp == null || otp.isBlank()) {
                throw new ProblemException(HttpStatus.UNAUTHORIZED, "otp-required", "One-time code required",
                        "Enter the 6-digit code from your authenticator app.");
            }
            if (!totp.accept(account, otp)) {
                fail(username, "auth.otp-failed", "otp-invalid", "That code is wrong or was already used.");
            }
        }
        throttle.clear(username);
        var pair = transaction.execute(status -> {
            var sessionId = sessions.open(account.id(), clientIp, userAgent);
            security.record(AuditRecord.of(account.username(), "auth.login-succeeded", "session", sessionId)
                    .withAfter(Map.of("user", account.id().toString())));
            return issue(account, sessionId);
        });
        return pair;
    }

    public TokenPair refresh(String refreshToken) {
        return transaction.execute(status -> {
            var token = sessions.findRefreshToken(refreshToken == null ? "" : refreshToken)
                    .orElseThrow(SignIn::sessionEnded);
            var session = sessions.find(token.sessionId()).orElseThrow(SignIn::sessionEnded);
            if (token.usedAt() != null || !sessions.markUsed(token)) {
                if (sessions.revoke(session.id(), "refresh token reused")) {
                    security.record(AuditRecord.of(null, "auth.token-family-revoked", "session", session.id())
                            .because("a refresh token was presented twice"));
                }
                return null;
            }
            if (!sessions.usable(session)) {
                return null;
            }
            var account = accounts.findById(session.userId()).filter(UserAccount::active).orElse(null);
            if (account == null) {
                return null;
            }
            sessions.touchNow(session.id());
            return issue(account, session.id());
        }) instanceof TokenPair pair ? pair : refused();
    }

    public void logout(UUID sessionId, String username) {
        transaction.executeWithoutResult(status -> {
            if (sessions.revoke(sessionId, "signed out")) {
                security.record(AuditRecord.of(username, "auth.logout", "session", sessionId));
            }
        });
    }

    private TokenPair issue(UserAccount account, UUID sessionId) {
        return new TokenPair(tokens.issue(account.id(), account.username(), sessionId, account.securityStamp()),
                sessions.issueRefreshToken(sessionId), tokens.lifetimeSeconds(), "Bearer");
    }

    private void fail(String username, String action, String type, String detail) {
        security.record(AuditRecord.of(username, action, "user", null));
        var lockedUntil = throttle.recordFailure(username);
        if (lockedUntil.isPresent()) {
            security.record(AuditRecord.of(username, "auth.locked-out", "user", null)
                    .because("too many failed sign-ins"));
        }
        throw new ProblemException(HttpStatus.UNAUTHORIZED, type, "Sign-in refused", detail);
    }

    private ProblemException tooManyAttempts(Instant until) {
        long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds());
        return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many attempts",
                "Too many failed sign-ins for this user. Try again in " + ((seconds + 59) / 60) + " minutes.")
                .with("retryAfterSeconds", seconds)
                .withHeader("Retry-After", Long.toString(seconds));
    }


    private static ProblemException sessionEnded() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "session-ended", "Session ended",
                "Your session has ended. Sign in again.");
    }

    private static TokenPair refused() {
        throw sessionEnded();
    }
}
