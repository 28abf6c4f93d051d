package com.astroaxis.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount of naira held as whole kobo. Never a floating point number: arithmetic is exact and overflows loudly,
 * and the only rounding in AstroAxis happens in {@link #divideHalfUp(long, long)}.
 */
public record Money(long kobo) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    private static final long KOBO_PER_NAIRA = 100;
    private static final long BASIS_POINTS = 10_000;
    private static final long MILLI_UNITS = 1_000;

    public static Money ofKobo(long kobo) {
        return new Money(kobo);
    }

    /** Parses naira as people write them: "8500", "8,500.00", "₦8,500.5". More than two decimals is refused. */
    public static Money parseNaira(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an amount is required");
        }
        var cleaned = text.strip().replace("₦", "").replace(",", "").strip();
        if (!cleaned.matches("-?\\d+(\\.\\d{1,2})?")) {
            throw new IllegalArgumentException("'" + text + "' is not an amount in naira with at most 2 decimals");
        }
        var kobo = new BigDecimal(cleaned).movePointRight(2);
        return new Money(kobo.longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(kobo, other.kobo));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(kobo, other.kobo));
    }

    public Money negate() {
        return new Money(Math.negateExact(kobo));
    }

    public Money times(long count) {
        return new Money(Math.multiplyExact(kobo, count));
    }

    /** Price of a weighed quantity given in thousandths of a unit (1.250 kg = 1250), rounded half-up to the kobo. */
    public Money timesMilliUnits(long milliUnits) {
        return new Money(divideHalfUp(Math.multiplyExact(kobo, milliUnits), MILLI_UNITS));
    }

    /** A rate of this amount, in basis points (7.5% = 750), rounded half-up to the kobo. */
    public Money rate(long basisPoints) {
        return new Money(divideHalfUp(Math.multiplyExact(kobo, basisPoints), BASIS_POINTS));
    }

    /** The tax inside a tax-inclusive amount: gross × rate / (1 + rate), rounded half-up to the kobo. */
    public Money taxIncluded(long basisPoints) {
        return new Money(divideHalfUp(Math.multiplyExact(kobo, basisPoints), BASIS_POINTS + basisPoints));
    }

    public boolean isNegative() {
        return kobo < 0;
    }

    public boolean isZero() {
        return kobo == 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(kobo, other.kobo);
    }

    /**
     * The same rounding for products too large for a long (stock × cost in averages): the result must fit a long.
     */
    public static long divideHalfUp(java.math.BigInteger numerator, java.math.BigInteger denominator) {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
        var division = numerator.divideAndRemainder(denominator);
        var quotient = division[1].abs().shiftLeft(1).compareTo(denominator) >= 0
                ? division[0].add(java.math.BigInteger.valueOf(numerator.signum())) : division[0];
        return quotient.longValueExact();
    }

    /** Division rounding half away from zero: the one place AstroAxis rounds money. */
    static long divideHalfUp(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
        long quotient = numerator / denominator;
        long remainder = numerator % denominator;
        if (Math.abs(remainder) * 2 >= denominator) {
            quotient += Long.signum(numerator);
        }
        return quotient;
    }

    /** "₦1,500.00", "-₦20.05": for logs, receipts and messages. */
    @Override
    public String toString() {
        var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        var naira = BigDecimal.valueOf(kobo).abs().movePointLeft(2);
        return (kobo < 0 ? "-₦" : "₦") + format.format(naira);
    }
}
