package com.astroaxis.files;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of the files module. */
public interface FileManagement {

    /**
     * Checks and stores an upload for the signed-in user (or the system, outside a request). The content must be one
     * of ALLOWED_UPLOAD_TYPES, by its bytes and by the name's extension, and at most MAX_UPLOAD_SIZE_MB.
     *
     * @param originalName the name the uploader gave it; kept only for display, after removing paths and control characters
     * @param content      the bytes, read once and not closed
     * @param purpose      an optional label such as {@code product-image} (letters, digits, '.', '_', '-'; 60 at most)
     * @throws com.astroaxis.platform.web.ProblemException 413 when too large, 415 when not an allowed type or its name
     *                                                     does not match its content, 422 for an unsafe archive,
     *                                                     400 for an empty file or a bad purpose
     */
    FileView store(String originalName, InputStream content, String purpose);

    Optional<FileView> find(UUID id);

    default Optional<FileView> find(FileId id) {
        return find(id.value());
    }

    /**
     * Opens a stored file's bytes for streaming; the caller closes the stream.
     *
     * @throws com.astroaxis.platform.web.ProblemException 404 when there is no such file or its content is gone
     */
    InputStream open(FileId id);
}
