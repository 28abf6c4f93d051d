package com.astroaxis.identity.internal;

import static com.astroaxis.identity.internal.Sessions.ts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.astroaxis.identity.PasswordPolicy;
import com.astroaxis.notifications.Channel;
import com.astroaxis.notifications.Notification;
import com.astroaxis.notifications.NotificationManagement;
import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.security.SecretKeys;
import com.astroaxis.platform.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords: a 6-digit code sent by email or SMS, valid for 10 minutes, usable once, five guesses at
 * most, and never a way around the authenticator: a user with TOTP must also give a current one-time code. Whether
 * the username exists is never revealed. Codes are stored as an HMAC keyed from SECRET_KEY.
 */
@Service
public class PasswordResets {

    static final Duration VALIDITY = Duration.ofMinutes(10);
    static final int MAX_GUESSES = 5;
    private final UserAccounts accounts;
    private final JdbcClient jdbc;
    private final NotificationManagement notifications;
    private final PasswordEncoder passwords;
    private final Sessions sessions;
    private final TotpCodes totp;
    private final LoginThrottle throttle;
    private final SecurityEvents security;
    private final Clock clock;
    private final SecretKeySpec codeKey;
    private final SecureRandom random = new SecureRandom();

    PasswordResets(UserAccounts accounts, JdbcClient jdbc, NotificationManagement notifications,
                   PasswordEncoder passwords, Sessions sessions, TotpCodes totp, LoginThrottle throttle,
                   SecurityEvents security, Clock clock, SecretKeys keys) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.passwords = passwords;
        this.sessions = sessions;
        this.totp = totp;
        this.throttle = throttle;
        this.security = security;
        this.clock = clock;
        this.codeKey = new SecretKeySpec(keys.derive("password-reset-code"), "HmacSHA256");
    }

    /** Sends a code if the user exists, is active and has a destination on that channel; says nothing either way. */
    @Transactional
    public void request(String rawUsername, Channel channel) {
        var username = rawUsername == null ? "" : rawUsername.strip().toLowerCase(Locale.ROOT);
        var account = accounts.findByUsername(username).filter(UserAccount::active).orElse(null);
        var destination = account == null ? null : channel == Channel.SMS ? account.phone() : account.email();
        if (destination == null) {
            security.record(AuditRecord.of(username, "auth.password-reset-not-sent",
                    "user", account == null ? null : account.id()).because("no such active user or no " + channel));
            return;
        }
        var now = clock.instant();
        jdbc.sql("update id_password_reset set used_at = ? where user_id = ? and used_at is null")
                .params(ts(now), account.id()).update();
        var code = "%06d".formatted(random.nextInt(1_000_000));
        jdbc.sql("""
                insert into id_password_reset (id, user_id, code_hash, channel, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), account.id(), hash(account.id(), code), channel.name(), ts(now),
                        ts(now.plus(VALIDITY))).update();
        notifications.queue(new Notification(channel, destination, "password-reset", Map.of(
                "name", account.displayName(), "code", code, "minutes", Long.toString(VALIDITY.toMinutes()))));
        security.record(AuditRecord.of(username, "auth.password-reset-requested",
                "user", account.id()).withAfter(Map.of("channel", channel.name())));
    }

    private record OpenReset(UUID id, String codeHash, int attempts) {
    }

    @Transactional(noRollbackFor = ProblemException.class)
    public void confirm(String rawUsername, String code, String newPassword, String otp) {
        var username = rawUsername == null ? "" : rawUsername.strip().toLowerCase(Locale.ROOT);
        var account = accounts.findByUsername(username).filter(UserAccount::active).orElseThrow(PasswordResets::invalid);
        Invalid.check("newPassword", () -> PasswordPolicy.check(newPassword));
        var now = clock.instant();
        var reset = jdbc.sql("""
                select id, code_hash, attempts from id_password_reset
                where user_id = ? and used_at is null and expires_at > ? order by created_at desc""")
                .params(account.id(), ts(now))
                .query((rs, n) -> new OpenReset(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)))
                .list().stream().findFirst().orElseThrow(PasswordResets::invalid);
        if (reset.attempts() >= MAX_GUESSES || !MessageDigest.isEqual(
                reset.codeHash().getBytes(StandardCharsets.US_ASCII),
                hash(account.id(), code == null ? "" : code.strip()).getBytes(StandardCharsets.US_ASCII))) {
            guessed(reset, now);
            throw invalid();
        }
        if (account.totpEnabled()) {
            if (otp == null || otp.isBlank()) {
                throw new ProblemException(HttpStatus.UNAUTHORIZED, "otp-required", "One-time code required",
                        "Also enter the 6-digit code from your authenticator app.");
            }
            if (!totp.accept(account, otp)) {
                guessed(reset, now);
                throw new ProblemException(HttpStatus.UNAUTHORIZED, "otp-invalid", "Sign-in refused",
                        "That authenticator code is wrong or was already used.");
            }
            account = accounts.findById(account.id()).orElseThrow();
        }
        var accepted = account;
        jdbc.sql("update id_password_reset set used_at = ? where id = ?").params(ts(now), reset.id()).update();
        accepted.changePassword(passwords.encode(newPassword), now);
        accounts.save(accepted);
        sessions.revokeAllOf(accepted.id(), "password reset");
        throttle.clear(username);
        security.record(AuditRecord.of(username, "auth.password-reset", "user",
                accepted.id()).because("reset with a code; every session ended"));
    }

    private void guessed(OpenReset reset, java.time.Instant now) {
        jdbc.sql("update id_password_reset set attempts = attempts + 1, used_at = case when attempts + 1 >= ? then ? "
                + "else used_at end where id = ?").params(MAX_GUESSES, ts(now), reset.id()).update();
    }

    private String hash(UUID userId, String code) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(codeKey);
            return HexFormat.of().formatHex(mac.doFinal((userId + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException invalid() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "reset-code-invalid", "Code not accepted",
                "The code is wrong, used or expired. Ask for a new one.");
    }
}
