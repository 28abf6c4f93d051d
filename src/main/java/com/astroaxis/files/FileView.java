package com.astroaxis.files;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored file as other modules see it. {@code name} is the uploader's file name made safe to show (never part of a
 * path); {@code contentType} is the type found in the content, never the one the client claimed.
 */
public record FileView(FileId id, String name, String contentType, long size, String sha256, String purpose,
                       UUID uploadedBy, Instant uploadedAt) {

    /** Whether this user uploaded the file (files uploaded by the system have no uploader). */
    public boolean isUploadedBy(UUID userId) {
        return uploadedBy != null && uploadedBy.equals(userId);
    }
}
