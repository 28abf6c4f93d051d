package com.astroaxis.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.astroaxis.platform.config.AstroAxisSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keys for signing and encrypting, each derived for one purpose from SECRET_KEY (HMAC-SHA256 of the purpose), so
 * that one key never serves two uses. Without SECRET_KEY (development only: production refuses to start) a random
 * master key is made once and kept in DATA_DIR, so tokens and encrypted data survive a restart.
 */
@Component
public class SecretKeys {

    private static final Logger log = LoggerFactory.getLogger(SecretKeys.class);
    private final byte[] master;

    public SecretKeys(AstroAxisSettings settings) {
        var secret = settings.secretKey();
        this.master = secret != null && !secret.isBlank()
                ? secret.getBytes(StandardCharsets.UTF_8)
                : developmentKey(settings.dataDir().resolve("secret.key"));
    }

    /** 32 bytes for the given purpose, e.g. "access-token" or "totp-secret". */
    public byte[] derive(String purpose) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(("astroaxis:" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] developmentKey(Path file) {
        try {
            if (Files.isReadable(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            var key = new byte[48];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                // best effort on non-POSIX file systems
            }
            log.warn("SECRET_KEY is not set: using a development key kept in {}", file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the development key " + file, e);
        }
    }
}
