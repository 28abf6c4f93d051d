package com.astroaxis.audit.internal;

import static com.astroaxis.audit.internal.Entries.chain;
import static com.astroaxis.audit.internal.Entries.headOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.astroaxis.audit.VerificationResult;
import com.astroaxis.audit.VerificationResult.Breach;

import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    @Test
    void anIntactChainIsReportedWithItsLength() {
        var chain = chain(5);

        var result = verify(chain, headOf(chain));

        assertThat(result.ok()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(5);
        assertThat(result.brokenAt()).isNull();
        assertThat(result.summary()).isEqualTo("Audit trail intact: 5 entries checked.");
    }

    @Test
    void anEmptyTrailWithAnUntouchedHeadIsIntact() {
        assertThat(verify(List.of(), headOf(List.of())).ok()).isTrue();
    }

    @Test
    void anEditedEntryIsNamedByItsSequence() {
        var chain = new ArrayList<>(chain(5));
        chain.set(2, Entries.with(chain.get(2), "actor", "someone-else"));

        var result = verify(chain, headOf(chain(5)));

        assertBroken(result, 3, Breach.ALTERED, 2);
        assertThat(result.summary()).isEqualTo("Audit trail broken at sequence 3: entry content was altered");
    }

    @Test
    void aDeletedEntryIsAGapAtItsSequence() {
        var chain = new ArrayList<>(chain(5));
        chain.remove(3);

        assertBroken(verify(chain, headOf(chain(5))), 4, Breach.MISSING, 3);
    }

    @Test
    void aDeletedFirstEntryIsAGapAtOne() {
        var chain = new ArrayList<>(chain(3));
        chain.removeFirst();

        assertBroken(verify(chain, headOf(chain(3))), 1, Breach.MISSING, 0);
    }

    @Test
    void anEntryResealedOntoAnotherPredecessorIsABrokenLink() {
        var chain = new ArrayList<>(chain(5));
        chain.set(1, Entries.with(chain.get(1), "prev_hash", "f".repeat(64)).sealed());

        assertBroken(verify(chain, headOf(chain(5))), 2, Breach.BROKEN_LINK, 1);
    }

    @Test
    void anEditedEntryWhoseHashWasRecomputedBreaksTheLinkOfTheNextOne() {
        var chain = new ArrayList<>(chain(5));
        chain.set(1, Entries.with(chain.get(1), "actor", "someone-else").sealed());

        assertBroken(verify(chain, headOf(chain(5))), 3, Breach.BROKEN_LINK, 2);
    }

    @Test
    void aTruncatedTailIsNamedByTheFirstMissingSequence() {
        var full = chain(6);

        assertBroken(verify(full.subList(0, 4), headOf(full)), 5, Breach.TRUNCATED, 4);
    }

    @Test
    void aWhollyDeletedTrailIsTruncatedFromOne() {
        assertBroken(verify(List.of(), headOf(chain(2))), 1, Breach.TRUNCATED, 0);
    }

    @Test
    void entriesTheHeadDoesNotKnowAreReported() {
        var chain = chain(5);

        assertBroken(verify(chain, headOf(chain.subList(0, 3))), 4, Breach.HEAD_MISMATCH, 5);
    }

    @Test
    void aHeadNamingAnotherHashIsReported() {
        var chain = chain(4);

        assertBroken(verify(chain, new ChainHead(4, "a".repeat(64))), 4, Breach.HEAD_MISMATCH, 4);
    }

    @Test
    void aMissingHeadIsReported() {
        assertBroken(verify(chain(2), null), 2, Breach.HEAD_MISMATCH, 2);
    }

    @Test
    void onlyTheFirstFaultCountsAndTheWalkStopsThere() {
        var chain = new ArrayList<>(chain(6));
        chain.set(1, Entries.with(chain.get(1), "actor", "x"));
        chain.remove(4);
        var verifier = new ChainVerifier();

        assertThat(verifier.accept(chain.get(0))).isTrue();
        assertThat(verifier.accept(chain.get(1))).isFalse();
        assertThat(verifier.accept(chain.get(2))).isFalse();
        assertBroken(verifier.finish(headOf(chain(6))), 2, Breach.ALTERED, 1);
    }

    private static VerificationResult verify(List<AuditEntry> entries, ChainHead head) {
        var verifier = new ChainVerifier();
        for (var entry : entries) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        return verifier.finish(head);
    }

    private static void assertBroken(VerificationResult result, long sequence, Breach breach, long checked) {
        assertThat(result.ok()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(sequence);
        assertThat(result.breach()).isEqualTo(breach);
        assertThat(result.reason()).isEqualTo(breach.description());
        assertThat(result.entriesChecked()).isEqualTo(checked);
    }
}
