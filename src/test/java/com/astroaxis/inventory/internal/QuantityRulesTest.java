package com.astroaxis.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;

import com.astroaxis.platform.quantity.Quantity;
import com.astroaxis.platform.web.ProblemException;

import org.junit.jupiter.api.Test;

class QuantityRulesTest {

    private static final StockProduct PIECE = product("PIECE", false);
    private static final StockProduct KILOGRAM = product("KILOGRAM", true);

    @Test
    void piecesAreWholeWhileWeighedGoodsTakeThreeDecimals() {
        assertThat(QuantityRules.fitsUnit(PIECE, Quantity.of(3), "quantity")).isEqualTo(Quantity.of(3));
        assertThat(QuantityRules.fitsUnit(KILOGRAM, Quantity.parse("1.255"), "quantity").milli()).isEqualTo(1255);
        assertRefused(() -> QuantityRules.fitsUnit(PIECE, Quantity.parse("1.5"), "lines[2].quantity"),
                "lines[2].quantity");
    }

    @Test
    void moreThanThreeDecimalsIsRefusedNeverRounded() {
        assertThat(QuantityRules.parse(new BigDecimal("2.500"), "quantity").milli()).isEqualTo(2500);
        assertRefused(() -> QuantityRules.parse(new BigDecimal("0.0005"), "quantity"), "quantity");
        assertRefused(() -> QuantityRules.parse(null, "counted"), "counted");
    }

    @Test
    void signsAreChecked() {
        assertRefused(() -> QuantityRules.positive(Quantity.ZERO, "quantity"), "quantity");
        assertRefused(() -> QuantityRules.positive(Quantity.of(-1), "quantity"), "quantity");
        assertRefused(() -> QuantityRules.notNegative(Quantity.of(-1), "counted"), "counted");
        assertThat(QuantityRules.notNegative(Quantity.ZERO, "counted")).isEqualTo(Quantity.ZERO);
    }

    @Test
    void adjustmentReasonsKnowTheirDirection() {
        assertThat(ReasonCode.FOUND.sign()).isPositive();
        assertThat(ReasonCode.DAMAGED.sign()).isNegative();
        assertThat(ReasonCode.THEFT.sign()).isNegative();
        assertThat(ReasonCode.CORRECTION.sign()).isZero();
        assertThat(ReasonCode.OTHER.needsNote()).isTrue();
        assertThat(ReasonCode.EXPIRED.needsNote()).isFalse();
    }

    private static void assertRefused(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status().value()).isEqualTo(400);
            assertThat((java.util.List<?>) problem.properties().get("errors"))
                    .anySatisfy(error -> assertThat(((java.util.Map<?, ?>) error).get("field")).isEqualTo(field));
            assertThat(problem.properties().get("errors").toString()).doesNotContain("Exception");
        });
    }

    private static StockProduct product(String unit, boolean fractional) {
        return new StockProduct(UUID.randomUUID(), "SKU-" + unit, "Test " + unit, unit, fractional, true, null, 0, true);
    }
}
