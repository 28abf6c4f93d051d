package com.astroaxis.files;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.UUID;

import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.audit.AuditableEvent;

/** A file was uploaded and stored. Published inside the transaction that recorded it. */
public record FileUploaded(FileId fileId, String name, String contentType, long size, String sha256, String purpose,
                           UUID uploadedBy, Instant at) implements AuditableEvent {

    @Override
    public AuditRecord auditRecord() {
        var after = new LinkedHashMap<String, Object>();
        after.put("name", name);
        after.put("contentType", contentType);
        after.put("size", size);
        after.put("sha256", sha256);
        if (purpose != null) {
            after.put("purpose", purpose);
        }
        return AuditRecord.of(null, "file.uploaded", "file", fileId).withAfter(after);
    }
}
