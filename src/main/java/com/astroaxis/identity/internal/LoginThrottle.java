package com.astroaxis.identity.internal;

import static com.astroaxis.identity.internal.Sessions.instant;
import static com.astroaxis.identity.internal.Sessions.ts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.astroaxis.platform.config.AstroAxisSettings;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consecutive failed sign-ins per username (known or not), kept in the database so that every app instance sees
 * the same count. After MAX_LOGIN_ATTEMPTS failures the username is locked for LOGIN_LOCKOUT_MINUTES, even for
 * the right password; a success clears the count.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration lockout;

    LoginThrottle(JdbcClient jdbc, Clock clock, AstroAxisSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxAttempts = settings.session().maxLoginAttempts();
        this.lockout = Duration.ofMinutes(settings.session().lockoutMinutes());
    }

    /** Until when the username is locked, if it is. */
    Optional<Instant> lockedUntil(String username) {
        var now = clock.instant();
        return jdbc.sql("select locked_until from id_login_throttle where username = ?").param(username)
                .query((rs, n) -> Optional.ofNullable(instant(rs, 1))).optional().flatMap(o -> o)
                .filter(until -> until.isAfter(now));
    }

    /** Counts a failure; returns the lock's end when this failure locks the username. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Instant> recordFailure(String username) {
        var now = clock.instant();
        int updated = jdbc.sql("update id_login_throttle set failures = failures + 1, updated_at = ? where username = ?")
                .params(ts(now), username).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into id_login_throttle (username, failures, updated_at) values (?, 1, ?)")
                        .params(username, ts(now)).update();
            } catch (DuplicateKeyException raced) {
                jdbc.sql("update id_login_throttle set failures = failures + 1, updated_at = ? where username = ?")
                        .params(ts(now), username).update();
            }
        }
        int failures = jdbc.sql("select failures from id_login_throttle where username = ?").param(username)
                .query(Integer.class).single();
        if (failures >= maxAttempts) {
            var until = now.plus(lockout);
            jdbc.sql("update id_login_throttle set failures = 0, locked_until = ? where username = ?")
                    .params(ts(until), username).update();
            return Optional.of(until);
        }
        return Optional.empty();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void clear(String username) {
        jdbc.sql("delete from id_login_throttle where username = ?").param(username).update();
    }
}
