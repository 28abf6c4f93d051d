package com.astroaxis.audit;

import java.util.List;

import com.astroaxis.platform.audit.AuditRecord;

/** What other modules, the API and the command line may ask of the audit trail. */
public interface AuditManagement {

    /** The permission to read the audit trail. */
    String READ_PERMISSION = "audit.read";

    /**
     * Appends one entry, inside the caller's transaction when there is one (so it commits or rolls back with the
     * change it records). A null actor becomes the signed-in user, or {@code system}; the request id and client
     * address are taken from the current request.
     */
    void record(AuditRecord record);

    /**
     * Appends one entry per record, in order, as {@link #record} does, but taking the chain's lock once and inserting
     * the entries in one batch: for bulk changes of thousands of objects.
     */
    void recordAll(List<AuditRecord> records);

    /**
     * Walks the whole chain in sequence order, a batch at a time, and reports the first entry that is altered,
     * missing or out of line, or a chain head that does not match the last entry.
     */
    VerificationResult verify();

    /** Entries matching the query, newest first. */
    AuditPage search(AuditQuery query);
}
