package com.astroaxis.catalog.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180) one record at a time from a stream: fields separated by commas, optionally in double quotes,
 * a quote inside a quoted field doubled, line breaks (CRLF or LF) allowed inside quotes. A leading byte order mark
 * is skipped. {@link #recordNumber()} is the record's number as a spreadsheet shows it (the first record is 1).
 */
final class CsvReader {

    /** Text that is not valid CSV: an unclosed quote, or a quote in the middle of an unquoted field. */
    static final class MalformedCsvException extends IOException {
        final long record;

        MalformedCsvException(long record, String message) {
            super(message);
            this.record = record;
        }
    }

    private static final int MAX_FIELD = 10_000;
    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private long record;
    private boolean started;

    CsvReader(Reader in) {
        this.in = in;
    }

    long recordNumber() {
        return record;
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        record++;
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new MalformedCsvException(record, "a quoted field is not closed");
                }
                if (c == '"') {
                    int following = peek();
                    if (following == '"') {
                        read();
                        append(field, '"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    append(field, (char) c);
                }
            } else if (c == ',' || c == '\n' || c == '\r' || c == -1) {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                if (c != ',') {
                    if (c == '\r' && peek() == '\n') {
                        read();
                    }
                    return fields;
                }
            } else if (afterQuote) {
                throw new MalformedCsvException(record, "text follows a closing quote");
            } else if (c == '"') {
                if (!field.isEmpty()) {
                    throw new MalformedCsvException(record, "a quote in the middle of an unquoted field");
                }
                quoted = true;
            } else {
                append(field, (char) c);
            }
            c = read();
        }
    }

    private void append(StringBuilder field, char c) throws MalformedCsvException {
        if (field.length() >= MAX_FIELD) {
            throw new MalformedCsvException(record, "a field is longer than " + MAX_FIELD + " characters");
        }
        field.append(c);
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int count = in.read(buffer, 0, buffer.length);
        if (count <= 0) {
            return false;
        }
        position = 0;
        limit = count;
        return true;
    }
}
