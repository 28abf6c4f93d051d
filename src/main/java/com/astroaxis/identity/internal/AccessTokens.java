package com.astroaxis.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import com.astroaxis.platform.config.AstroAxisSettings;
import com.astroaxis.platform.security.SecretKeys;
import com.nimbusds.jose.jwk.source.ImmutableSecret;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.stereotype.Component;

/**
 * Short-lived access tokens: JWTs signed (HS256) with a key derived from SECRET_KEY, naming the user, the session
 * and the user's security stamp. Every request re-checks session and stamp, so revocation is immediate.
 */
@Component
class AccessTokens {

    static final String ISSUER = "astroaxis";
    static final String SESSION = "sid";
    static final String STAMP = "stm";
    private final NimbusJwtEncoder encoder;
    private final NimbusJwtDecoder decoder;
    private final Clock clock;
    private final Duration lifetime;

    AccessTokens(SecretKeys keys, Clock clock, AstroAxisSettings settings) {
        var key = new SecretKeySpec(keys.derive("access-token"), "HmacSHA256");
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        this.decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        var timestamps = new JwtTimestampValidator(Duration.ofSeconds(5));
        timestamps.setClock(clock);
        this.decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER)));
        this.clock = clock;
        this.lifetime = Duration.ofMinutes(settings.session().accessTokenMinutes());
    }

    String issue(UUID userId, String username, UUID sessionId, UUID stamp) {
        var now = clock.instant();
        var claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(userId.toString())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .claim("usr", username)
                .claim(SESSION, sessionId.toString())
                .claim(STAMP, stamp.toString())
                .build();
        var header = JwsHeader.with(MacAlgorithm.HS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    long lifetimeSeconds() {
        return lifetime.toSeconds();
    }

    JwtDecoder decoder() {
        return decoder;
    }
}
