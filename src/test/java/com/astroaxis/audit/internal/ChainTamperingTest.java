package com.astroaxis.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.astroaxis.audit.AuditManagement;
import com.astroaxis.audit.VerificationResult;
import com.astroaxis.audit.VerificationResult.Breach;
import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.testing.PostgresIntegrationTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone with the rights to switch the append-only triggers off (a superuser) edits, deletes or relinks entries:
 * verification names the first sequence number at fault. Each test starts from an empty trail of its own.
 */
class ChainTamperingTest extends PostgresIntegrationTest {

    @Autowired
    AuditManagement audit;
    @Autowired
    AuditEntries entries;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    @AfterEach
    void emptyTrail() {
        asSuperuser("delete from au_entry");
        jdbc.sql("update au_chain_head set last_sequence = 0, last_hash = ?").param(EntryHashing.GENESIS).update();
    }

    @Test
    void anUntouchedTrailIsIntact() {
        append(5);

        var result = audit.verify();

        assertThat(result.ok()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(5);
    }

    @Test
    void anEditedEntryIsFound() {
        append(5);

        asSuperuser("update au_entry set actor = 'someone-else' where sequence_number = 3");

        assertBroken(3, Breach.ALTERED);
        assertThat(audit.verify().summary()).isEqualTo("Audit trail broken at sequence 3: entry content was altered");
    }

    @Test
    void aDeletedMiddleEntryIsFoundAsAGap() {
        append(5);

        asSuperuser("delete from au_entry where sequence_number = 3");

        assertBroken(3, Breach.MISSING);
    }

    @Test
    void anEntryRelinkedToAnotherPredecessorIsFound() {
        append(5);
        var second = entries.after(1, 1).getFirst();
        var fourth = entries.after(3, 1).getFirst();
        var relinked = Entries.with(fourth, "prev_hash", second.hash()).sealed();

        asSuperuser("update au_entry set prev_hash = '" + relinked.prevHash() + "', hash = '" + relinked.hash()
                + "' where sequence_number = 4");

        assertBroken(4, Breach.BROKEN_LINK);
    }

    @Test
    void anEditWhoseHashWasRecomputedIsFoundAtTheNextEntry() {
        append(5);
        var forged = Entries.with(entries.after(1, 1).getFirst(), "actor", "someone-else").sealed();

        asSuperuser("update au_entry set actor = 'someone-else', hash = '" + forged.hash()
                + "' where sequence_number = 2");

        assertBroken(3, Breach.BROKEN_LINK);
    }

    @Test
    void aTruncatedTailIsFound() {
        append(5);

        asSuperuser("delete from au_entry where sequence_number >= 4");

        assertBroken(4, Breach.TRUNCATED);
    }

    @Test
    void aHeadMovedBackIsFound() {
        append(5);

        jdbc.sql("update au_chain_head set last_sequence = 3").update();

        var result = audit.verify();
        assertThat(result.brokenAt()).isEqualTo(4);
        assertThat(result.breach()).isEqualTo(Breach.HEAD_MISMATCH);
        assertThat(result.entriesChecked()).as("every entry is intact; the head is wrong").isEqualTo(5);
    }

    @Test
    void longTrailsAreWalkedInBatchesToTheEnd() {
        int count = DefaultAuditManagement.BATCH_SIZE * 2 + 345;
        transaction.executeWithoutResult(status -> append(count));

        assertThat(audit.verify().entriesChecked()).isEqualTo(count);

        asSuperuser("update au_entry set reason = 'edited' where sequence_number = 2001");

        assertBroken(2001, Breach.ALTERED);
        assertThat(audit.verify().entriesChecked()).isEqualTo(2000);
    }

    private void append(int count) {
        for (int i = 1; i <= count; i++) {
            audit.record(AuditRecord.of("ada", "test.tampering", "sale", "S-" + i).because("entry " + i));
        }
    }

    /** What only a superuser can do: switch the append-only triggers off, change the table, switch them on. */
    private void asSuperuser(String sql) {
        jdbc.sql("alter table au_entry disable trigger user").update();
        try {
            jdbc.sql(sql).update();
        } finally {
            jdbc.sql("alter table au_entry enable trigger user").update();
        }
    }

    private void assertBroken(long sequence, Breach breach) {
        VerificationResult result = audit.verify();
        assertThat(result.ok()).isFalse();
        assertThat(result.brokenAt()).as(result.summary()).isEqualTo(sequence);
        assertThat(result.breach()).isEqualTo(breach);
        assertThat(result.entriesChecked()).isEqualTo(sequence - 1);
    }
}
