package com.astroaxis.files.web;

import java.time.Instant;
import java.util.UUID;

import com.astroaxis.files.FileView;

/** A stored file as the API shows it. */
record FileResponse(UUID id, String name, String contentType, long size, String sha256, String purpose,
                    Instant uploadedAt) {

    static FileResponse of(FileView file) {
        return new FileResponse(file.id().value(), file.name(), file.contentType(), file.size(), file.sha256(),
                file.purpose(), file.uploadedAt());
    }
}
