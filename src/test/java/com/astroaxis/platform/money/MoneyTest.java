package com.astroaxis.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"150000|₦1,500.00", "0|₦0.00", "5|₦0.05", "-2005|-₦20.05",
            "9223372036854775807|₦92,233,720,368,547,758.07", "-9223372036854775808|-₦92,233,720,368,547,758.08"})
    void formatsKoboAsNaira(long kobo, String expected) {
        assertThat(Money.ofKobo(kobo)).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"8500|850000", "8,500.00|850000", "₦8,500.5|850050", "0.07|7", "-12.30|-1230"})
    void parsesNairaAsPeopleWriteThem(String text, long kobo) {
        assertThat(Money.parseNaira(text)).isEqualTo(Money.ofKobo(kobo));
    }

    @Test
    void refusesFractionsOfAKoboAndGarbage() {
        assertThatThrownBy(() -> Money.parseNaira("1.005")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parseNaira("12abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parseNaira(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void computesVatAtSevenAndAHalfPercentRoundingHalfUp() {
        assertThat(Money.ofKobo(100_000).rate(750)).isEqualTo(Money.ofKobo(7_500));
        assertThat(Money.ofKobo(10).rate(750)).isEqualTo(Money.ofKobo(1)); // 0.75 kobo rounds up
        assertThat(Money.ofKobo(6).rate(750)).isEqualTo(Money.ofKobo(0)); // 0.45 kobo rounds down
        assertThat(Money.ofKobo(-10).rate(750)).isEqualTo(Money.ofKobo(-1)); // symmetric for refunds
    }

    @Test
    void extractsTheVatInsideAVatInclusivePrice() {
        assertThat(Money.ofKobo(107_500).taxIncluded(750)).isEqualTo(Money.ofKobo(7_500));
    }

    @Test
    void pricesWeighedQuantitiesToTheNearestKobo() {
        // 1.255 kg at ₦1,999.99/kg = ₦2,509.98745 → ₦2,509.99
        assertThat(Money.ofKobo(199_999).timesMilliUnits(1_255)).isEqualTo(Money.ofKobo(250_999));
    }

    @Test
    void overflowsLoudlyInsteadOfWrapping() {
        assertThatThrownBy(() -> Money.ofKobo(Long.MAX_VALUE).plus(Money.ofKobo(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofKobo(Long.MAX_VALUE / 2).times(3)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void roundsHalfAwayFromZeroInTheOnePlaceThatRounds() {
        assertThat(Money.divideHalfUp(5, 10)).isOne();
        assertThat(Money.divideHalfUp(-5, 10)).isEqualTo(-1);
        assertThat(Money.divideHalfUp(4, 10)).isZero();
        assertThat(Money.divideHalfUp(15, 10)).isEqualTo(2);
    }
}
