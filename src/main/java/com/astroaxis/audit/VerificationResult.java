package com.astroaxis.audit;

/**
 * The outcome of walking the audit chain: how many entries were found intact and, when the chain is broken, the
 * first sequence number at fault and why.
 *
 * @param entriesChecked entries verified intact (before the break, when there is one)
 * @param brokenAt       the first sequence number at fault, or null when the chain is intact
 * @param breach         what is wrong at {@code brokenAt}, or null when the chain is intact
 */
public record VerificationResult(long entriesChecked, Long brokenAt, Breach breach) {

    public VerificationResult {
        if ((brokenAt == null) != (breach == null)) {
            throw new IllegalArgumentException("a broken chain names both the sequence number and the breach");
        }
    }

    public static VerificationResult intact(long entriesChecked) {
        return new VerificationResult(entriesChecked, null, null);
    }

    public static VerificationResult broken(long entriesChecked, long brokenAt, Breach breach) {
        return new VerificationResult(entriesChecked, brokenAt, breach);
    }

    public boolean ok() {
        return breach == null;
    }

    /** Why the chain is broken, or null when it is intact. */
    public String reason() {
        return breach == null ? null : breach.description();
    }

    /** One line for a person: "Audit trail intact: 12 entries checked." or where and why it is broken. */
    public String summary() {
        return ok() ? "Audit trail intact: " + entriesChecked + " entries checked."
                : "Audit trail broken at sequence " + brokenAt + ": " + breach.description();
    }

    /** The ways a chain can be found broken. */
    public enum Breach {
        /** The stored hash does not match the entry's content: a field was changed after it was written. */
        ALTERED("entry content was altered"),
        /** The entry's previous hash is not the hash of the entry before it. */
        BROKEN_LINK("entry does not link to the entry before it"),
        /** A sequence number is absent: the entry was deleted. */
        MISSING("entry is missing"),
        /** The chain head records later entries than exist: entries were removed from the end. */
        TRUNCATED("entry is missing from the end of the trail (the chain head records later entries)"),
        /** The chain head names another last entry than the one stored, or is itself missing. */
        HEAD_MISMATCH("the chain head does not match the last entry");

        private final String description;

        Breach(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
