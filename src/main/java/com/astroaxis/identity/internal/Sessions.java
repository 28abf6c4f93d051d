package com.astroaxis.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import com.astroaxis.platform.config.AstroAxisSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sign-in sessions and their rotating refresh tokens. Only a SHA-256 hash of a refresh token is stored; each one
 * may be used once, and presenting a used one ends the whole session (its token family).
 */
@Component
class Sessions {

    private static final Duration ACTIVITY_GRANULARITY = Duration.ofMinutes(1);
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Duration idleTimeout;
    private final Duration maxAge;

    Sessions(JdbcClient jdbc, Clock clock, AstroAxisSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.idleTimeout = Duration.ofMinutes(settings.session().timeoutMinutes());
        this.maxAge = Duration.ofDays(settings.session().maxDays());
    }

    record Session(UUID id, UUID userId, Instant lastActivityAt, Instant expiresAt, Instant revokedAt) {
        boolean usableAt(Instant now, Duration idleTimeout) {
            return revokedAt == null && now.isBefore(expiresAt) && !now.isAfter(lastActivityAt.plus(idleTimeout));
        }
    }

    record RefreshToken(String tokenHash, UUID sessionId, Instant usedAt) {
    }

    UUID open(UUID userId, String clientIp, String userAgent) {
        var id = UUID.randomUUID();
        var now = clock.instant();
        jdbc.sql("""
                insert into id_session (id, user_id, created_at, last_activity_at, expires_at, client_ip, user_agent)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, userId, ts(now), ts(now), ts(now.plus(maxAge)), clientIp, truncate(userAgent, 200))
                .update();
        return id;
    }

    /** A new refresh token for the session; the returned value is shown once and never stored. */
    String issueRefreshToken(UUID sessionId) {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into id_refresh_token (token_hash, session_id, issued_at) values (?, ?, ?)")
                .params(hash(token), sessionId, ts(clock.instant())).update();
        return token;
    }

    Optional<RefreshToken> findRefreshToken(String token) {
        return jdbc.sql("select token_hash, session_id, used_at from id_refresh_token where token_hash = ?")
                .param(hash(token))
                .query((rs, n) -> new RefreshToken(rs.getString(1), rs.getObject(2, UUID.class), instant(rs, 3)))
                .optional();
    }

    /** Marks the token used; false if another request used it first. */
    boolean markUsed(RefreshToken token) {
        return jdbc.sql("update id_refresh_token set used_at = ? where token_hash = ? and used_at is null")
                .params(ts(clock.instant()), token.tokenHash()).update() == 1;
    }

    Optional<Session> find(UUID sessionId) {
        return jdbc.sql("select id, user_id, last_activity_at, expires_at, revoked_at from id_session where id = ?")
                .param(sessionId)
                .query((rs, n) -> new Session(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        instant(rs, 3), instant(rs, 4), instant(rs, 5)))
                .optional();
    }

    boolean usable(Session session) {
        return session.usableAt(clock.instant(), idleTimeout);
    }

    /** Records activity, at most once a minute per session so that reads stay reads. */
    void touch(Session session) {
        var now = clock.instant();
        if (now.isAfter(session.lastActivityAt().plus(ACTIVITY_GRANULARITY))) {
            jdbc.sql("update id_session set last_activity_at = ? where id = ? and revoked_at is null")
                    .params(ts(now), session.id()).update();
        }
    }

    void touchNow(UUID sessionId) {
        jdbc.sql("update id_session set last_activity_at = ? where id = ? and revoked_at is null")
                .params(ts(clock.instant()), sessionId).update();
    }

    /** Ends the session; true if it was still open. */
    boolean revoke(UUID sessionId, String reason) {
        return jdbc.sql("update id_session set revoked_at = ?, revoked_reason = ? where id = ? and revoked_at is null")
                .params(ts(clock.instant()), reason, sessionId).update() == 1;
    }

    int revokeAllOf(UUID userId, String reason) {
        return jdbc.sql("update id_session set revoked_at = ?, revoked_reason = ? where user_id = ? and revoked_at is null")
                .params(ts(clock.instant()), reason, userId).update();
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static java.sql.Timestamp ts(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }

    static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
