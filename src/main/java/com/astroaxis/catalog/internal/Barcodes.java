package com.astroaxis.catalog.internal;

import java.util.regex.Pattern;

/**
 * Which barcodes a product may carry: EAN-13 (13 digits), EAN-8 (8) and UPC-A (12), each with its GS1 check digit
 * verified, or an internal code {@code INT-} followed by 3 to 20 upper-case letters or digits.
 */
public final class Barcodes {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern INTERNAL = Pattern.compile("INT-[A-Z0-9]{3,20}");

    private Barcodes() {
    }

    /**
     * The barcode without surrounding spaces.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static String check(String text) {
        var code = text == null ? "" : text.strip();
        if (code.isEmpty()) {
            throw new IllegalArgumentException("a barcode is required");
        }
        if (INTERNAL.matcher(code).matches()) {
            return code;
        }
        if (!DIGITS.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "must be an EAN-13, EAN-8 or UPC-A number, or an internal code like INT-12345 (upper case)");
        }
        var kind = switch (code.length()) {
            case 13 -> "EAN-13";
            case 12 -> "UPC-A";
            case 8 -> "EAN-8";
            default -> throw new IllegalArgumentException(
                    "has " + code.length() + " digits: EAN-13 has 13, UPC-A 12 and EAN-8 8");
        };
        var expected = checkDigit(code.substring(0, code.length() - 1));
        if (code.charAt(code.length() - 1) - '0' != expected) {
            throw new IllegalArgumentException("is not a valid " + kind + ": the check digit should be " + expected);
        }
        return code;
    }

    /** Whether the text is an acceptable barcode. */
    public static boolean isValid(String text) {
        try {
            check(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The GS1 check digit of the data digits: weights 3 and 1 alternating from the rightmost digit. */
    static int checkDigit(String data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            int digit = data.charAt(data.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }
}
