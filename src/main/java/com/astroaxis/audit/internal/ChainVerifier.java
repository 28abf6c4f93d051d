package com.astroaxis.audit.internal;

import com.astroaxis.audit.VerificationResult;
import com.astroaxis.audit.VerificationResult.Breach;

/**
 * Walks the chain one entry at a time, in sequence order, keeping only the previous entry's hash: memory stays the
 * same however long the trail is. Stops at the first fault.
 */
final class ChainVerifier {

    private long checked;
    private long expected = 1;
    private String previousHash = EntryHashing.GENESIS;
    private VerificationResult broken;

    /** @return whether to go on: false once a fault has been found */
    boolean accept(AuditEntry entry) {
        if (broken != null) {
            return false;
        }
        if (entry.sequence() > expected) {
            return fail(expected, Breach.MISSING);
        }
        if (entry.sequence() < expected) {
            return fail(entry.sequence(), Breach.ALTERED);
        }
        if (!EntryHashing.hash(entry).equals(entry.hash())) {
            return fail(entry.sequence(), Breach.ALTERED);
        }
        if (!previousHash.equals(entry.prevHash())) {
            return fail(entry.sequence(), Breach.BROKEN_LINK);
        }
        checked++;
        expected++;
        previousHash = entry.hash();
        return true;
    }

    /** The verdict once every entry has been offered, given the chain head (null when its row is missing). */
    VerificationResult finish(ChainHead head) {
        if (broken != null) {
            return broken;
        }
        long last = expected - 1;
        if (head == null) {
            return VerificationResult.broken(checked, Math.max(1, last), Breach.HEAD_MISMATCH);
        }
        if (head.lastSequence() > last) {
            return VerificationResult.broken(checked, last + 1, Breach.TRUNCATED);
        }
        if (head.lastSequence() < last) {
            return VerificationResult.broken(checked, head.lastSequence() + 1, Breach.HEAD_MISMATCH);
        }
        if (!previousHash.equals(head.lastHash())) {
            return VerificationResult.broken(checked, Math.max(1, last), Breach.HEAD_MISMATCH);
        }
        return VerificationResult.intact(checked);
    }

    private boolean fail(long sequence, Breach breach) {
        broken = VerificationResult.broken(checked, sequence, breach);
        return false;
    }
}
