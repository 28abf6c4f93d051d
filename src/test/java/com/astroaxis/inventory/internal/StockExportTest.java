package com.astroaxis.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StockExportTest {

    @Test
    void quotesFieldsThatNeedItAndDefusesFormulas() {
        assertThat(StockExport.csvField("Rice, 5kg \"Mama Gold\"")).isEqualTo("\"Rice, 5kg \"\"Mama Gold\"\"\"");
        assertThat(StockExport.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(StockExport.text("+234")).isEqualTo("'+234");
        assertThat(StockExport.text("Garri")).isEqualTo("Garri");
    }

    @Test
    void writesQuantitiesPlainAndMoneyInNaira() {
        assertThat(StockExport.quantity(50_000).toPlainString()).isEqualTo("50");
        assertThat(StockExport.quantity(-1_250).toPlainString()).isEqualTo("-1.25");
        assertThat(StockExport.naira(850_005).toPlainString()).isEqualTo("8500.05");
        assertThat(StockExport.naira(70_000).toPlainString()).isEqualTo("700.00");
    }
}
