package com.astroaxis.identity.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

import com.astroaxis.identity.PasswordPolicy;
import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.config.AstroAxisSettings;
import com.astroaxis.platform.security.AuthenticatedUser;
import com.astroaxis.platform.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What signed-in users do to their own account: see it, change their password, enrol an authenticator. */
@Service
public class MyAccount {

    private final UserAccounts accounts;
    private final UserDirectory directory;
    private final PasswordEncoder passwords;
    private final SecretBox box;
    private final Sessions sessions;
    private final SecurityEvents security;
    private final Clock clock;
    private final AstroAxisSettings settings;

    MyAccount(UserAccounts accounts, UserDirectory directory, PasswordEncoder passwords, SecretBox box,
              Sessions sessions, SecurityEvents security, Clock clock, AstroAxisSettings settings) {
        this.accounts = accounts;
        this.directory = directory;
        this.passwords = passwords;
        this.box = box;
        this.sessions = sessions;
        this.security = security;
        this.clock = clock;
        this.settings = settings;
    }

    public record Me(UUID id, String username, String displayName, String email, String phone,
                     java.util.List<String> roles, java.util.List<String> permissions, java.util.List<UUID> branchIds,
                     boolean allBranches, boolean totpEnabled, boolean totpRequired) {
    }

    public record TotpEnrolment(String secret, String otpauthUri, String qrCodeDataUri) {
    }

    @Transactional(readOnly = true)
    public Me me(AuthenticatedUser user) {
        var account = account(user);
        var principal = directory.load(user.id()).orElseThrow();
        return new Me(account.id(), account.username(), account.displayName(), account.email(), account.phone(),
                principal.roles().stream().sorted().toList(), principal.permissions().stream().sorted().toList(),
                principal.branchIds().stream().sorted().toList(), principal.allBranches(), account.totpEnabled(),
                settings.production() && TotpEnrolmentPolicy.mustEnrol(principal));
    }

    @Transactional
    public void changePassword(AuthenticatedUser user, String currentPassword, String newPassword) {
        var account = account(user);
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw Invalid.field("currentPassword", "is not your current password");
        }
        Invalid.check("newPassword", () -> PasswordPolicy.check(newPassword));
        account.changePassword(passwords.encode(newPassword), clock.instant());
        accounts.save(account);
        sessions.revokeAllOf(account.id(), "password changed");
        security.record(AuditRecord.of(user.username(), "auth.password-changed", "user", account.id())
                .because("changed by the user; other sessions ended"));
    }

    @Transactional
    public TotpEnrolment startTotp(AuthenticatedUser user) {
        var account = account(user);
        if (account.totpEnabled()) {
            throw Invalid.conflict("totp-already-enabled", "An authenticator is already set up for this account.");
        }
        var secret = Totp.newSecret();
        account.startTotpEnrolment(box.seal(secret), clock.instant());
        accounts.save(account);
        var encoded = Base32.encode(secret);
        var issuer = "AstroAxis";
        var label = URLEncoder.encode(issuer + ":" + account.username(), StandardCharsets.UTF_8).replace("+", "%20");
        var uri = "otpauth://totp/" + label + "?secret=" + encoded + "&issuer=" + issuer
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new TotpEnrolment(encoded, uri, QrCodes.svgDataUri(uri));
    }

    @Transactional
    public void confirmTotp(AuthenticatedUser user, String code) {
        var account = account(user);
        if (account.totpEnabled()) {
            throw Invalid.conflict("totp-already-enabled", "An authenticator is already set up for this account.");
        }
        if (account.totpSecret() == null) {
            throw Invalid.conflict("totp-not-started", "Start the authenticator set-up first.");
        }
        var step = Totp.verify(box.open(account.totpSecret()), code, clock.instant(), null);
        if (step.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "otp-invalid", "Wrong code",
                    "That code is not right. Check the time on your phone and try the newest code.");
        }
        account.confirmTotp(step.getAsLong(), clock.instant());
        accounts.save(account);
        security.record(AuditRecord.of(user.username(), "auth.totp-enrolled", "user", account.id()));
    }

    private UserAccount account(AuthenticatedUser user) {
        return accounts.findById(user.id()).orElseThrow(() -> Invalid.notFound("Your account"));
    }

}
