package com.astroaxis.inventory.internal;

import java.math.BigInteger;

import com.astroaxis.platform.money.Money;
import com.astroaxis.platform.quantity.Quantity;

/**
 * The weighted-average cost after a receipt: (on hand × old cost + received × unit cost) / (on hand + received),
 * with quantities in thousandths and the result rounded half away from zero to the kobo by {@code Money}.
 * When nothing (or less than nothing, after overselling) is on hand, the receipt's cost is the new cost.
 */
final class WeightedAverageCost {

    private WeightedAverageCost() {
    }

    static long after(Quantity onHand, long costKobo, Quantity received, long unitCostKobo) {
        if (!received.isPositive()) {
            throw new IllegalArgumentException("a receipt adds a positive quantity");
        }
        if (unitCostKobo < 0) {
            throw new IllegalArgumentException("a unit cost is not negative");
        }
        if (!onHand.isPositive()) {
            return unitCostKobo;
        }
        var numerator = BigInteger.valueOf(onHand.milli()).multiply(BigInteger.valueOf(costKobo))
                .add(BigInteger.valueOf(received.milli()).multiply(BigInteger.valueOf(unitCostKobo)));
        var denominator = BigInteger.valueOf(onHand.milli()).add(BigInteger.valueOf(received.milli()));
        return Money.divideHalfUp(numerator, denominator);
    }
}
