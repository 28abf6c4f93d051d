package com.astroaxis.inventory.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.astroaxis.platform.money.Money;

import org.dhatim.fastexcel.Workbook;
import org.springframework.stereotype.Component;

/**
 * Levels as a spreadsheet people open: one row per product and branch with its value at the weighted-average cost,
 * money in naira with two decimals (as the product import reads it). In CSV, text a spreadsheet would take for a
 * formula is prefixed with an apostrophe; XLSX cells are typed (text stays text, numbers are numbers).
 */
@Component
public class StockExport {

    public static final List<String> HEADER = List.of("branch_code", "sku", "name", "unit", "quantity",
            "reorder_level", "low", "unit_cost", "value");
    private final StockService stock;

    StockExport(StockService stock) {
        this.stock = stock;
    }

    /** One product at one branch; reorderLevel null when none is set. */
    public record Row(String branchCode, String sku, String name, String unit, BigDecimal quantity,
                      BigDecimal reorderLevel, boolean low, BigDecimal unitCost, BigDecimal value) {
    }

    /** The caller's visible levels, of one branch when given (404 for a branch they may not see). */
    public List<Row> rows(UUID branchId) {
        return stock.levels(branchId, null, false).stream().map(level -> new Row(level.branchCode(), level.sku(),
                level.name(), level.unit(), quantity(level.quantity().milli()),
                level.reorderLevel() == null ? null : quantity(level.reorderLevel().milli()), level.low(),
                naira(level.costKobo()), naira(Money.ofKobo(level.costKobo())
                        .timesMilliUnits(level.quantity().milli()).kobo()))).toList();
    }

    /** One CSV document (RFC 4180, CRLF line ends). */
    public String csv(UUID branchId) {
        var out = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (var row : rows(branchId)) {
            var fields = List.of(text(row.branchCode()), text(row.sku()), text(row.name()), row.unit(),
                    row.quantity().toPlainString(), row.reorderLevel() == null ? "" : row.reorderLevel().toPlainString(),
                    String.valueOf(row.low()), row.unitCost().toPlainString(), row.value().toPlainString());
            out.append(String.join(",", fields.stream().map(StockExport::csvField).toList())).append("\r\n");
        }
        return out.toString();
    }

    /** One XLSX workbook with a "Stock" sheet, the header in the first row. */
    public void xlsx(UUID branchId, OutputStream out) throws IOException {
        var rows = rows(branchId);
        var workbook = new Workbook(out, "AstroAxis", "1.0");
        var sheet = workbook.newWorksheet("Stock");
        for (int column = 0; column < HEADER.size(); column++) {
            sheet.value(0, column, HEADER.get(column));
        }
        for (int r = 0; r < rows.size(); r++) {
            var row = rows.get(r);
            int line = r + 1;
            sheet.value(line, 0, row.branchCode());
            sheet.value(line, 1, row.sku());
            sheet.value(line, 2, row.name());
            sheet.value(line, 3, row.unit());
            sheet.value(line, 4, row.quantity());
            if (row.reorderLevel() != null) {
                sheet.value(line, 5, row.reorderLevel());
            }
            sheet.value(line, 6, row.low());
            sheet.value(line, 7, row.unitCost());
            sheet.value(line, 8, row.value());
        }
        workbook.finish();
    }

    static String csvField(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    static String text(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value == null ? "" : value;
    }

    static BigDecimal quantity(long milli) {
        var value = BigDecimal.valueOf(milli, 3).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    static BigDecimal naira(long kobo) {
        return BigDecimal.valueOf(kobo, 2);
    }
}
