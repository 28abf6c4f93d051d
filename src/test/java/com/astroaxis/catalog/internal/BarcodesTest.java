package com.astroaxis.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BarcodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"5901234123457", "4006381333931", "96385074", "73513537", "036000291452",
            "012345678905", "INT-001", "INT-RICE5KG", "INT-ABCDEFGHIJ0123456789"})
    void acceptsGs1CodesWithTheRightCheckDigitAndInternalCodes(String code) {
        assertThat(Barcodes.check(code)).isEqualTo(code);
        assertThat(Barcodes.isValid(code)).isTrue();
    }

    @Test
    void refusesAWrongCheckDigitNamingTheRightOne() {
        assertThatThrownBy(() -> Barcodes.check("5901234123458")).hasMessageContaining("EAN-13")
                .hasMessageContaining("should be 7");
        assertThatThrownBy(() -> Barcodes.check("96385075")).hasMessageContaining("EAN-8");
        assertThatThrownBy(() -> Barcodes.check("036000291453")).hasMessageContaining("UPC-A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1234567890", "59012341234570", "INT-ab1", "INT-12", "int-12345",
            "INT-ABCDEFGHIJ01234567890", "ABC-12345", "5901234 23457", "590123412345X"})
    void refusesOtherText(String code) {
        assertThat(Barcodes.isValid(code)).isFalse();
    }

    @Test
    void computesTheGs1CheckDigit() {
        assertThat(Barcodes.checkDigit("590123412345")).isEqualTo(7);
        assertThat(Barcodes.checkDigit("9638507")).isEqualTo(4);
        assertThat(Barcodes.checkDigit("03600029145")).isEqualTo(2);
        assertThat(Barcodes.checkDigit("00000000000")).isZero();
    }
}
