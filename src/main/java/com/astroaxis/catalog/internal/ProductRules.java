package com.astroaxis.catalog.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/** Rules for the simple product fields, shared by the API and the CSV import. Messages complete "<field> …". */
final class ProductRules {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_BARCODES = 20;
    private static final Pattern SKU = Pattern.compile("[A-Z0-9._-]{1,40}");
    private static final long MAX_KOBO = 1_000_000_000_000_000L;

    private ProductRules() {
    }

    /** The SKU in upper case; 1 to 40 letters, digits, '-', '_' or '.'. */
    static String sku(String text) {
        var sku = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (!SKU.matcher(sku).matches()) {
            throw new IllegalArgumentException("must be 1 to 40 letters, digits, '-', '_' or '.'");
        }
        return sku;
    }

    static String name(String text) {
        var name = text == null ? "" : text.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("is required, at most " + MAX_NAME + " characters");
        }
        return name;
    }

    /** A whole, non-negative number of kobo. */
    static long kobo(BigDecimal value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("must not be negative");
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("must be a whole number of kobo (no fraction)");
        }
        if (value.compareTo(BigDecimal.valueOf(MAX_KOBO)) > 0) {
            throw new IllegalArgumentException("is too large");
        }
        return value.longValueExact();
    }

    static long kobo(long value) {
        return kobo(BigDecimal.valueOf(value));
    }
}
