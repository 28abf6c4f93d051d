package com.astroaxis.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash that chains audit entries: SHA-256, in lower-case hex, of a canonical encoding of every stored field and
 * the previous entry's hash.
 * <p>
 * The encoding is a version line followed by one line per field, in a fixed order: the field's name, a space, then
 * {@code null} or the UTF-8 byte length of the value, a colon and the value. The length prefix makes the encoding
 * unambiguous: moving text from one field to another, or turning an empty value into a missing one, changes it.
 * The time is written in UTC with exactly six fractional digits. Changing any of this breaks every existing chain.
 */
final class EntryHashing {

    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "astroaxis-audit-entry/1";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private EntryHashing() {
    }

    static String hash(AuditEntry entry) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(canonical(entry));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    static byte[] canonical(AuditEntry entry) {
        var out = new ByteArrayOutputStream(512);
        write(out, VERSION + "\n");
        field(out, "sequence", Long.toString(entry.sequence()));
        field(out, "entry_id", entry.entryId() == null ? null : entry.entryId().toString());
        field(out, "occurred_at", entry.occurredAt() == null ? null : TIME.format(entry.occurredAt()));
        field(out, "actor", entry.actor());
        field(out, "action", entry.action());
        field(out, "object_type", entry.objectType());
        field(out, "object_id", entry.objectId());
        field(out, "before_state", entry.beforeState());
        field(out, "after_state", entry.afterState());
        field(out, "reason", entry.reason());
        field(out, "request_id", entry.requestId());
        field(out, "client_ip", entry.clientIp());
        field(out, "prev_hash", entry.prevHash());
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String name, String value) {
        write(out, name + " ");
        if (value == null) {
            write(out, "null\n");
            return;
        }
        var bytes = value.getBytes(StandardCharsets.UTF_8);
        write(out, bytes.length + ":");
        out.writeBytes(bytes);
        write(out, "\n");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
