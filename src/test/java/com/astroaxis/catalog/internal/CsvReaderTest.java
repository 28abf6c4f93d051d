package com.astroaxis.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsPlainAndQuotedFieldsWithCrlfOrLf() throws IOException {
        var records = read("sku,name\r\nA-1,\"Rice, 5kg\"\nB-2,\"Say \"\"hi\"\"\"\r\n");
        assertThat(records).containsExactly(List.of("sku", "name"), List.of("A-1", "Rice, 5kg"),
                List.of("B-2", "Say \"hi\""));
    }

    @Test
    void keepsLineBreaksInsideQuotesInOneRecordAndCountsRecords() throws IOException {
        var reader = new CsvReader(new StringReader("a,b\n\"two\nlines\",x\nlast,y"));
        reader.next();
        assertThat(reader.next()).containsExactly("two\nlines", "x");
        assertThat(reader.recordNumber()).isEqualTo(2);
        assertThat(reader.next()).containsExactly("last", "y");
        assertThat(reader.recordNumber()).isEqualTo(3);
        assertThat(reader.next()).isNull();
    }

    @Test
    void skipsAByteOrderMarkAndKeepsEmptyFields() throws IOException {
        assertThat(read("\uFEFFa,,c\n,\n")).containsExactly(List.of("a", "", "c"), List.of("", ""));
    }

    @Test
    void refusesAnUnclosedQuoteOrAStrayQuote() {
        assertThatThrownBy(() -> read("a\n\"open,b\n")).isInstanceOf(CsvReader.MalformedCsvException.class)
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> read("a\"b,c\n")).isInstanceOf(CsvReader.MalformedCsvException.class);
        assertThatThrownBy(() -> read("\"a\"b,c\n")).isInstanceOf(CsvReader.MalformedCsvException.class);
    }

    private static List<List<String>> read(String text) throws IOException {
        var reader = new CsvReader(new StringReader(text));
        var records = new ArrayList<List<String>>();
        for (var record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }
}
