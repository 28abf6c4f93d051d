package com.astroaxis.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B test vectors, and the rules AstroAxis adds: ±1 step of skew, no replay. */
class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void matchesTheRfcTestVectors(long epochSeconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(epochSeconds));

        assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void acceptsTheCurrentCodeAndOneStepEitherSide() {
        var now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);

        for (long offset = -1; offset <= 1; offset++) {
            var code = Totp.code(SHA1_SEED, step + offset, 6, "HmacSHA1");
            assertThat(Totp.verify(SHA1_SEED, code, now, null)).hasValue(step + offset);
        }
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step + 2, 6, "HmacSHA1"), now, null)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step - 2, 6, "HmacSHA1"), now, null)).isEmpty();
    }

    @Test
    void refusesACodeFromAStepAlreadyUsed() {
        var now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        var code = Totp.code(SHA1_SEED, step, 6, "HmacSHA1");

        assertThat(Totp.verify(SHA1_SEED, code, now, step)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, code, now, step - 1)).hasValue(step);
    }

    @Test
    void refusesMalformedCodes() {
        var now = Instant.now();

        assertThat(Totp.verify(SHA1_SEED, "12345", now, null)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, "abcdef", now, null)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, null, now, null)).isEmpty();
    }

    @Test
    void base32FollowsRfc4648() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Base32.decode("mzxw6ytboi"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        var secret = Totp.newSecret();
        assertThat(Base32.decode(Base32.encode(secret))).isEqualTo(secret);
    }
}
