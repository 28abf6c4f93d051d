package com.astroaxis.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.astroaxis.platform.quantity.Quantity;

import org.junit.jupiter.api.Test;

class WeightedAverageCostTest {

    @Test
    void weighsTheOldCostByWhatIsOnHandAndTheNewByWhatArrived() {
        // (10 × 1,000.00 + 5 × 1,300.00) / 15 = 1,100.00
        assertThat(WeightedAverageCost.after(Quantity.of(10), 100_000, Quantity.of(5), 130_000)).isEqualTo(110_000);
    }

    @Test
    void roundsHalfAwayFromZeroToTheKobo() {
        // (1 × 10 + 1 × 11) / 2 = 10.5 → 11
        assertThat(WeightedAverageCost.after(Quantity.of(1), 10, Quantity.of(1), 11)).isEqualTo(11);
        // (2 × 10 + 1 × 11) / 3 = 10.33 → 10
        assertThat(WeightedAverageCost.after(Quantity.of(2), 10, Quantity.of(1), 11)).isEqualTo(10);
        // (1 × 10 + 2 × 11) / 3 = 10.67 → 11
        assertThat(WeightedAverageCost.after(Quantity.of(1), 10, Quantity.of(2), 11)).isEqualTo(11);
    }

    @Test
    void weighsFractionsOfAUnit() {
        // 2.5 kg at 1,200.00 and 0.5 kg at 1,500.00: (3,000.00 + 750.00) / 3 = 1,250.00
        assertThat(WeightedAverageCost.after(Quantity.parse("2.5"), 120_000, Quantity.parse("0.5"), 150_000))
                .isEqualTo(125_000);
    }

    @Test
    void takesTheReceiptsCostWhenNothingOrLessThanNothingIsOnHand() {
        assertThat(WeightedAverageCost.after(Quantity.ZERO, 90_000, Quantity.of(3), 100_000)).isEqualTo(100_000);
        assertThat(WeightedAverageCost.after(Quantity.of(-4), 90_000, Quantity.of(3), 100_000)).isEqualTo(100_000);
    }

    @Test
    void doesNotOverflowOnLargeStocksAndCosts() {
        var cost = WeightedAverageCost.after(Quantity.of(9_000_000), 5_000_000_000L, Quantity.of(1_000_000),
                6_000_000_000L);
        assertThat(cost).isEqualTo(5_100_000_000L);
    }

    @Test
    void refusesEmptyReceiptsAndNegativeCosts() {
        assertThatThrownBy(() -> WeightedAverageCost.after(Quantity.of(1), 1, Quantity.ZERO, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeightedAverageCost.after(Quantity.of(1), 1, Quantity.of(1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
