package com.astroaxis.notifications.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret the payload key is derived from: SECRET_KEY when set (always in production). In development
 * SECRET_KEY may be empty: a random key is then generated once and kept in {@code DATA_DIR/notifications.key}
 * (readable by its owner only), so queued messages can still be sent after a restart.
 */
final class PayloadKeyMaterial implements Supplier<byte[]> {

    static final String FILE_NAME = "notifications.key";
    private static final Logger log = LoggerFactory.getLogger(PayloadKeyMaterial.class);
    private final String secretKey;
    private final Path dataDir;

    PayloadKeyMaterial(String secretKey, Path dataDir) {
        this.secretKey = secretKey;
        this.dataDir = dataDir;
    }

    @Override
    public byte[] get() {
        if (secretKey != null && !secretKey.isBlank()) {
            return secretKey.getBytes(StandardCharsets.UTF_8);
        }
        var file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the notifications key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        var temporary = Files.createTempFile(file.toAbsolutePath().getParent(), FILE_NAME, ".tmp");
        try {
            restrictToOwner(temporary);
            Files.writeString(temporary, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
            Files.move(temporary, file); // fails if another instance created it meanwhile: theirs is used
            log.info("SECRET_KEY is not set: generated the notifications key {}", file);
        } catch (FileAlreadyExistsException createdMeanwhile) {
            // keep the other one
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the data directory's permissions
        }
    }
}
