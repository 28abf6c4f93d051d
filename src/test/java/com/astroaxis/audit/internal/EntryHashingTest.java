package com.astroaxis.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class EntryHashingTest {

    private static final AuditEntry ENTRY = new AuditEntry(7, UUID.fromString("00000000-0000-0000-0000-000000000007"),
            Instant.parse("2026-11-21T08:00:00Z"), "ada", "sale.voided", "sale", "S-7", "{\"total\":1500}", null, "",
            "req-42", "10.0.0.7", EntryHashing.GENESIS, null);

    @Test
    void theCanonicalEncodingLengthPrefixesEveryFieldInAFixedOrder() {
        var text = new String(EntryHashing.canonical(ENTRY), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("""
                astroaxis-audit-entry/1
                sequence 1:7
                entry_id 36:00000000-0000-0000-0000-000000000007
                occurred_at 27:2026-11-21T08:00:00.000000Z
                actor 3:ada
                action 11:sale.voided
                object_type 4:sale
                object_id 3:S-7
                before_state 14:{"total":1500}
                after_state null
                reason 0:
                request_id 6:req-42
                client_ip 8:10.0.0.7
                prev_hash 64:%s
                """.formatted(EntryHashing.GENESIS));
    }

    @Test
    void theHashIsTheLowerCaseHexSha256OfTheCanonicalEncoding() throws Exception {
        var digest = MessageDigest.getInstance("SHA-256").digest(EntryHashing.canonical(ENTRY));
        var expected = HexFormat.of().formatHex(digest);

        assertThat(EntryHashing.hash(ENTRY)).isEqualTo(expected).matches("[0-9a-f]{64}");
        assertThat(ENTRY.sealed().hash()).isEqualTo(expected);
    }

    @Test
    void lengthsCountUtf8BytesSoNairaSignsAndAccentsAreUnambiguous() {
        var naira = with("before_state", "{\"price\":\"₦1,500\"}");
        var accented = with("actor", "Adébáyọ̀");

        assertThat(new String(EntryHashing.canonical(naira), StandardCharsets.UTF_8))
                .contains("before_state 20:{\"price\":\"₦1,500\"}\n");
        assertThat(new String(EntryHashing.canonical(accented), StandardCharsets.UTF_8))
                .contains("actor " + "Adébáyọ̀".getBytes(StandardCharsets.UTF_8).length + ":Adébáyọ̀\n");
    }

    @Test
    void movingTextFromOneFieldToTheNextChangesTheHash() {
        var moved = Entries.with(with("actor", "adasale."), "action", "voided");

        assertThat(EntryHashing.hash(moved)).isNotEqualTo(EntryHashing.hash(ENTRY));
    }

    @Test
    void anEmptyValueIsNotAMissingOneNorTheWordNull() {
        assertThat(EntryHashing.hash(with("reason", null))).isNotEqualTo(EntryHashing.hash(ENTRY));
        assertThat(EntryHashing.hash(with("after_state", "null"))).isNotEqualTo(EntryHashing.hash(ENTRY));
    }

    @Test
    void everyStoredFieldAndThePreviousHashAreCovered() {
        var changed = List.of(with("sequence_number", 8L), with("entry_id", UUID.randomUUID()),
                with("occurred_at", ENTRY.occurredAt().plusNanos(1000)), with("actor", "eve"),
                with("action", "sale.created"), with("object_type", "order"), with("object_id", "S-8"),
                with("before_state", "{\"total\":1501}"), with("after_state", "{}"), with("reason", "why not"),
                with("request_id", "req-43"), with("client_ip", "10.0.0.8"), with("prev_hash", "1".repeat(64)));

        var original = EntryHashing.hash(ENTRY);
        assertThat(changed).hasSize(Entries.COLUMNS.size() - 1)
                .allSatisfy(entry -> assertThat(EntryHashing.hash(entry)).isNotEqualTo(original));
    }

    @Test
    void timeIsKeptAndHashedToTheMicrosecondAsPostgresqlStoresIt() {
        var withNanos = with("occurred_at", ENTRY.occurredAt().plusNanos(999));

        assertThat(withNanos.occurredAt()).isEqualTo(ENTRY.occurredAt());
        assertThat(EntryHashing.hash(withNanos)).isEqualTo(EntryHashing.hash(ENTRY));
    }

    private static AuditEntry with(String column, Object value) {
        return Entries.with(ENTRY, column, value);
    }
}
