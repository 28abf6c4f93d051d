package com.astroaxis.catalog.internal;

import java.util.List;
import java.util.UUID;

import com.astroaxis.catalog.Unit;
import com.astroaxis.catalog.VatClass;
import com.astroaxis.platform.quantity.Quantity;

/**
 * A checked import file: how many data rows it has, the valid rows (kept only while no row is bad) and every problem
 * found, by line as a spreadsheet numbers them (the header is line 1) and column.
 */
public record ImportPlan(int rows, List<Row> valid, List<Problem> errors, int errorCount) {

    /** At most this many problems are listed; {@code errorCount} counts them all. */
    public static final int MAX_LISTED = 1000;

    public boolean isValid() {
        return errorCount == 0;
    }

    public record Problem(Long line, String column, String reason) {
    }

    /**
     * What an import may do with a row: {@code CREATE} only adds products (a known SKU is refused); {@code UPDATE}
     * also changes the product whose SKU the row names.
     */
    public enum Mode {
        CREATE, UPDATE;

        /** The mode named by the query parameter {@code mode}; 400 naming it for anything else. */
        public static Mode of(String text) {
            var name = text == null || text.isBlank() ? "create" : text.strip();
            for (var mode : values()) {
                if (mode.name().equalsIgnoreCase(name)) {
                    return mode;
                }
            }
            var errors = new FieldErrors();
            errors.add("mode", "must be create (new products only) or update (add new and update existing products "
                    + "by SKU)");
            errors.throwIfAny();
            throw new IllegalStateException("unreachable");
        }
    }

    /**
     * A valid row, ready to be written; {@code productId} is the product it updates, null for a new product (and
     * always null in {@link Mode#CREATE}).
     */
    public record Row(long line, String sku, String name, List<String> barcodes, long priceKobo, long costKobo,
                      VatClass vatClass, Unit unit, String categoryPath, UUID branchId, Quantity openingQuantity,
                      UUID productId) {
    }
}
