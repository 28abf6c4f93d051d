package com.astroaxis.files.internal;

import com.astroaxis.platform.web.ProblemException;

import org.springframework.http.HttpStatus;

/** The refusals an upload can meet, worded for the person who chose the file. */
final class UploadProblems {

    private UploadProblems() {
    }

    static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "File too large",
                "The file is larger than the " + (maxBytes / (1024 * 1024)) + " MB allowed.")
                .with("maxBytes", maxBytes);
    }

    static ProblemException empty() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "empty-file", "Empty file", "The file is empty.");
    }

    static ProblemException notAllowed(String name, java.util.List<String> allowedTypes) {
        return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-type", "File type not allowed",
                "The content of '" + name + "' is not an allowed type (allowed: " + String.join(", ", allowedTypes) + ").")
                .with("allowedTypes", allowedTypes);
    }

    static ProblemException extensionMismatch(String name, FileType detected) {
        return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file-type-mismatch", "Name does not match content",
                "'" + name + "' is a " + detected.description() + " but its name does not end in ."
                        + String.join(" or .", detected.extensions()) + ". Rename it and upload it again.");
    }

    static ProblemException legacyOfficeMismatch(String name) {
        return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file-type-mismatch", "Name does not match content",
                "'" + name + "' is a Word or Excel 97-2003 file but its name does not end in .doc or .xls.");
    }

    static ProblemException unsafeArchive(String reason) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "unsafe-archive", "Unsafe document",
                "The document was refused: " + reason + ".");
    }

    static ProblemException unreadable(String name) {
        return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-type", "File type not allowed",
                "The content of '" + name + "' is not an allowed type: it could not be read as a Word or Excel document.");
    }

    static ProblemException badPurpose() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-purpose", "Invalid purpose",
                "The purpose may have up to 60 letters, digits, dots, dashes and underscores.");
    }
}
