package com.astroaxis.files.internal;

import java.util.Collection;
import java.util.List;

/** The file types AstroAxis can recognise by their content, with the extensions a name of that type may have. */
enum FileType {
    PDF("PDF document", "application/pdf", "pdf"),
    PNG("PNG image", "image/png", "png"),
    JPEG("JPEG image", "image/jpeg", "jpg", "jpeg"),
    GIF("GIF image", "image/gif", "gif"),
    DOC("Word 97-2003 document", "application/msword", "doc"),
    XLS("Excel 97-2003 workbook", "application/vnd.ms-excel", "xls"),
    DOCX("Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("Excel workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String description;
    private final String mediaType;
    private final List<String> extensions;

    FileType(String description, String mediaType, String... extensions) {
        this.description = description;
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    String description() {
        return description;
    }

    String mediaType() {
        return mediaType;
    }

    List<String> extensions() {
        return extensions;
    }

    /** A file name ending in this extension (lower case, without the dot) is consistent with this type. */
    boolean matchesExtension(String extension) {
        return extensions.contains(extension);
    }

    /** Allowed when ALLOWED_UPLOAD_TYPES names it by any of its extensions (jpg or jpeg for JPEG). */
    boolean allowedBy(Collection<String> allowedTypes) {
        return extensions.stream().anyMatch(allowedTypes::contains);
    }

    static boolean known(String extension) {
        for (var type : values()) {
            if (type.matchesExtension(extension)) {
                return true;
            }
        }
        return false;
    }
}
