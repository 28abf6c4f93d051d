package com.astroaxis.inventory.web;

import java.math.BigDecimal;

import com.astroaxis.inventory.internal.Refusals;
import com.astroaxis.platform.quantity.Quantity;

/** Quantities on the wire: JSON numbers with up to 3 decimals; more is a 400 naming the field, never rounded. */
final class Quantities {

    private Quantities() {
    }

    /** Null stays null (the service says which fields are required). */
    static Quantity parse(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return Quantity.of(value);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw Refusals.invalid(field, "has at most 3 decimals");
        }
    }

    /** 5, 1.25, -3: plain, never in exponent form. */
    static BigDecimal json(Quantity quantity) {
        if (quantity == null) {
            return null;
        }
        var value = BigDecimal.valueOf(quantity.milli(), 3).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
