package com.astroaxis.identity.internal;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Checks one-time codes against a user's enrolled secret, each code usable once. */
@Component
class TotpCodes {

    private final SecretBox box;
    private final JdbcClient jdbc;
    private final Clock clock;

    TotpCodes(SecretBox box, JdbcClient jdbc, Clock clock) {
        this.box = box;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * True when the code is right for the user's enrolled secret and its time step has not been used yet; the step
     * is then recorded in the same statement that checks it, so two requests cannot both use one code.
     */
    boolean accept(UserAccount account, String code) {
        if (!account.totpEnabled() || account.totpSecret() == null) {
            return false;
        }
        var step = Totp.verify(box.open(account.totpSecret()), code, clock.instant(), account.totpLastStep());
        if (step.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                update id_user set totp_last_step = ?, version = version + 1
                where id = ? and (totp_last_step is null or totp_last_step < ?)""")
                .params(step.getAsLong(), account.id(), step.getAsLong()).update() == 1;
    }
}
