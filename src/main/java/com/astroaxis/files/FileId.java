package com.astroaxis.files;

import java.util.UUID;

/** The id of a stored file. */
public record FileId(UUID value) {
    public FileId {
        if (value == null) {
            throw new IllegalArgumentException("a file id is required");
        }
    }

    public static FileId random() {
        return new FileId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
