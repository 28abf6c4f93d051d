package com.astroaxis.catalog.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The columns of an import file, found by their header names in any order and letter case. */
final class ImportColumns {

    static final List<String> REQUIRED = List.of("sku", "name", "barcode", "price", "cost", "vat_class", "unit",
            "category");
    static final List<String> OPENING_STOCK = List.of("branch_code", "opening_quantity");
    private final Map<String, Integer> index = new HashMap<>();
    private final int width;

    private ImportColumns(int width) {
        this.width = width;
    }

    /** The columns of the header, reporting every missing, unknown or repeated name to the sink. */
    static ImportColumns of(List<String> header, ImportProblems problems) {
        var columns = new ImportColumns(header.size());
        for (int i = 0; i < header.size(); i++) {
            var name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!REQUIRED.contains(name) && !OPENING_STOCK.contains(name)) {
                problems.add(1, name.isEmpty() ? "column " + (i + 1) : name, "is not a known column; the columns are "
                        + String.join(",", REQUIRED) + " and optionally " + String.join(",", OPENING_STOCK));
            } else if (columns.index.putIfAbsent(name, i) != null) {
                problems.add(1, name, "appears twice in the header");
            }
        }
        for (var name : REQUIRED) {
            if (!columns.index.containsKey(name)) {
                problems.add(1, name, "is missing from the header");
            }
        }
        if (columns.index.containsKey(OPENING_STOCK.get(0)) != columns.index.containsKey(OPENING_STOCK.get(1))) {
            problems.add(1, columns.index.containsKey(OPENING_STOCK.get(0)) ? OPENING_STOCK.get(1) : OPENING_STOCK.get(0),
                    "is missing: branch_code and opening_quantity go together");
        }
        return columns;
    }

    int width() {
        return width;
    }

    boolean has(String name) {
        return index.containsKey(name);
    }

    /** The field of that column in the record, stripped; empty when the column is absent. */
    String get(List<String> record, String name) {
        var i = index.get(name);
        var value = i == null || i >= record.size() ? "" : record.get(i).strip();
        // a quote before =, +, - or @ marks text that a spreadsheet must not run as a formula (see the export)
        if (value.length() > 1 && value.charAt(0) == '\'' && ProductExport.FORMULA_START.indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }
}
