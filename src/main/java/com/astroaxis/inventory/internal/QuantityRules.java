package com.astroaxis.inventory.internal;

import java.math.BigDecimal;

import com.astroaxis.platform.quantity.Quantity;

/** What a quantity must be before it reaches the ledger. Each refusal names the field the caller sent it in. */
final class QuantityRules {

    private QuantityRules() {
    }

    /** From JSON: a number with at most 3 decimals, never rounded. */
    static Quantity parse(BigDecimal value, String field) {
        if (value == null) {
            throw Refusals.invalid(field, "is required");
        }
        try {
            return Quantity.of(value);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw Refusals.invalid(field, "has at most 3 decimals");
        }
    }

    /** Pieces are whole; weighed and measured goods take up to 3 decimals. */
    static Quantity fitsUnit(StockProduct product, Quantity quantity, String field) {
        if (!product.fractional() && !quantity.isWhole()) {
            throw Refusals.invalid(field, "must be a whole number: " + product.sku() + " is sold by the "
                    + product.unit().toLowerCase(java.util.Locale.ROOT));
        }
        return quantity;
    }

    static Quantity positive(Quantity quantity, String field) {
        if (!quantity.isPositive()) {
            throw Refusals.invalid(field, "must be more than 0");
        }
        return quantity;
    }

    static Quantity notNegative(Quantity quantity, String field) {
        if (quantity.isNegative()) {
            throw Refusals.invalid(field, "must not be negative");
        }
        return quantity;
    }
}
