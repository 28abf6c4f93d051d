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

    /** A valid row, ready to be written. */
    public record Row(long line, String sku, String name, List<String> barcodes, long priceKobo, long costKobo,
                      VatClass vatClass, Unit unit, String categoryPath, UUID branchId, Quantity openingQuantity) {
    }
}
