package com.astroaxis.catalog;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Unique SKUs and valid, unique barcodes for tests sharing one database. */
final class CatalogTestData {

    private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000_000L));

    private CatalogTestData() {
    }

    static String sku(String prefix) {
        return prefix + "-" + Long.toString(SEQUENCE.incrementAndGet(), 36).toUpperCase();
    }

    /** A valid EAN-13 nobody else in this run has. */
    static String ean13() {
        var data = "2" + String.format("%011d", SEQUENCE.incrementAndGet() % 100_000_000_000L);
        return data + checkDigit(data);
    }

    /** The same EAN-13 with a wrong check digit. */
    static String badCheckDigit(String ean) {
        int last = ean.charAt(ean.length() - 1) - '0';
        return ean.substring(0, ean.length() - 1) + (last + 1) % 10;
    }

    static int checkDigit(String data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            int digit = data.charAt(data.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }
}
