package com.astroaxis.platform.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A quantity of stock in thousandths of a unit (1.250 kg = 1250; 3 pieces = 3000), so weighed goods and pieces share
 * one exact integer type. JSON carries plain numbers with up to 3 decimals.
 */
public record Quantity(long milli) implements Comparable<Quantity> {

    public static final Quantity ZERO = new Quantity(0);
    private static final int SCALE = 3;

    public static Quantity ofMilli(long milli) {
        return new Quantity(milli);
    }

    public static Quantity of(long units) {
        return new Quantity(Math.multiplyExact(units, 1000L));
    }

    /** From a decimal with at most 3 decimals; more precision than a gram is refused, never rounded away. */
    public static Quantity of(BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException("a quantity is required");
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("a quantity has at most 3 decimals");
        }
        return new Quantity(value.movePointRight(SCALE).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
    }

    public static Quantity parse(String text) {
        try {
            return of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a quantity");
        }
    }

    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(milli, SCALE).stripTrailingZeros();
    }

    /** Whole units only (pieces): true when there is no fraction. */
    public boolean isWhole() {
        return milli % 1000 == 0;
    }

    public Quantity plus(Quantity other) {
        return new Quantity(Math.addExact(milli, other.milli));
    }

    public Quantity minus(Quantity other) {
        return new Quantity(Math.subtractExact(milli, other.milli));
    }

    public Quantity negate() {
        return new Quantity(Math.negateExact(milli));
    }

    public boolean isNegative() {
        return milli < 0;
    }

    public boolean isPositive() {
        return milli > 0;
    }

    @Override
    public int compareTo(Quantity other) {
        return Long.compare(milli, other.milli);
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString();
    }
}
