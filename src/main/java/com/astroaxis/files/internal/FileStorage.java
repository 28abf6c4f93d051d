package com.astroaxis.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files on disk, under {@code <DATA_DIR>/files/<yyyy>/<mm>/<id>}. Content is written to a temporary file in
 * the destination folder (hashed and counted while writing, synced to disk) and only moved to its final name, in
 * one atomic step, once it has passed every check. The uploader's file name is never part of a path.
 */
final class FileStorage {

    private static final Logger log = LoggerFactory.getLogger(FileStorage.class);
    private final Path root;

    FileStorage(Path dataDir) {
        this.root = dataDir.toAbsolutePath().normalize().resolve("files");
    }

    /** Content written to a temporary file, not yet a stored file. */
    record Pending(Path temporary, Path target, String relativePath, long size, String sha256) {
    }

    Path root() {
        return root;
    }

    /**
     * Writes the content to a temporary file beside where file {@code id} will live.
     *
     * @throws com.astroaxis.platform.web.ProblemException 413 as soon as the content passes {@code maxBytes}
     */
    Pending receive(UUID id, LocalDate day, InputStream content, long maxBytes) throws IOException {
        var relative = "%04d/%02d/%s".formatted(day.getYear(), day.getMonthValue(), id);
        var target = resolve(relative);
        Files.createDirectories(target.getParent());
        var temporary = Files.createTempFile(target.getParent(), ".upload-", ".part");
        try (var out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            var digest = sha256();
            var buffer = new byte[64 * 1024];
            long size = 0;
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                size += n;
                if (size > maxBytes) {
                    throw UploadProblems.tooLarge(maxBytes);
                }
                digest.update(buffer, 0, n);
                var bytes = ByteBuffer.wrap(buffer, 0, n);
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            }
            out.force(true);
            return new Pending(temporary, target, relative, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException e) {
            delete(temporary);
            throw e;
        }
    }

    /** Gives the checked content its final name, atomically: readers see the whole file or nothing. */
    Path keep(Pending pending) throws IOException {
        try {
            return Files.move(pending.temporary(), pending.target(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            delete(pending.temporary());
            throw e;
        }
    }

    void discard(Pending pending) {
        delete(pending.temporary());
    }

    /** @throws NoSuchFileException when the stored content is gone */
    InputStream open(String relativePath) throws IOException {
        return Files.newInputStream(resolve(relativePath));
    }

    void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.error("Could not delete {}; remove it by hand: {}", file, e.getMessage());
        }
    }

    /** A stored path, refused if it would lead outside the files folder (it never should). */
    Path resolve(String relativePath) {
        var path = root.resolve(relativePath).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("stored path outside the files folder");
        }
        return path;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
