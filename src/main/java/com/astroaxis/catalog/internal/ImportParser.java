package com.astroaxis.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.astroaxis.branches.BranchDirectory;
import com.astroaxis.branches.BranchView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an import file as it streams in and checks every row, collecting all problems: nothing is written here.
 * SKUs and barcodes must be new (to the catalogue and within the file), branch codes must name branches. In
 * {@link ImportPlan.Mode#UPDATE} a known SKU names the product the row updates, whose own barcodes it may keep, and
 * such a row declares no opening stock.
 */
@Component
class ImportParser {

    private final JdbcClient jdbc;
    private final BranchDirectory branches;

    ImportParser(JdbcClient jdbc, BranchDirectory branches) {
        this.jdbc = jdbc;
        this.branches = branches;
    }

    @Transactional(readOnly = true)
    public ImportPlan parse(InputStream content, ImportPlan.Mode mode) {
        var problems = new ImportProblems();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var reader = new CsvReader(new InputStreamReader(content, decoder));
        var rows = new ArrayList<ImportPlan.Row>();
        int count = 0;
        try {
            var header = reader.next();
            if (header == null) {
                problems.add(1, null, "the file is empty: the first line must be the header");
                return new ImportPlan(0, List.of(), problems.listed(), problems.count());
            }
            var columns = ImportColumns.of(header, problems);
            var rules = new ImportRowRules(mode, columns, problems, owners("select sku, id from ca_product"),
                    owners("select code, product_id from ca_barcode"), branchCodes());
            for (var record = reader.next(); record != null; record = reader.next()) {
                if (record.size() == 1 && record.getFirst().isBlank()) {
                    continue; // an empty line
                }
                count++;
                var row = rules.check(reader.recordNumber(), record);
                if (row != null && problems.count() == 0) {
                    rows.add(row);
                } else {
                    rows.clear(); // a file with a bad row is not applied: no need to keep the rest
                }
            }
        } catch (CsvReader.MalformedCsvException malformed) {
            problems.add(malformed.record, null, "is not valid CSV: " + malformed.getMessage());
        } catch (CharacterCodingException notUtf8) {
            problems.add(reader.recordNumber() + 1, null, "is not UTF-8 text (save the file as CSV UTF-8)");
        } catch (IOException unreadable) {
            problems.add(reader.recordNumber() + 1, null, "could not be read: " + unreadable.getMessage());
        }
        return new ImportPlan(count, problems.count() == 0 ? List.copyOf(rows) : List.of(), problems.listed(),
                problems.count());
    }

    /** Value → product id, from a query of those two columns. */
    private Map<String, UUID> owners(String sql) {
        var owners = new HashMap<String, UUID>();
        jdbc.sql(sql).query(row -> {
            owners.put(row.getString(1), row.getObject(2, UUID.class));
        });
        return owners;
    }

    private Map<String, UUID> branchCodes() {
        var codes = new HashMap<String, UUID>();
        for (BranchView branch : branches.all()) {
            if (branch.active()) {
                codes.put(branch.code().toUpperCase(Locale.ROOT), branch.id().value());
            }
        }
        return codes;
    }
}
