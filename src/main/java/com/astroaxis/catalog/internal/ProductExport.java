package com.astroaxis.catalog.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams the catalogue in the import file's shape, ordered by SKU, a row at a time from a database cursor: an export
 * of 100,000 products never sits in memory whole, and re-imports cleanly.
 */
@Component
public class ProductExport {

    /** The import file's columns, in its order. */
    public static final List<String> HEADER = List.of("sku", "name", "barcode", "price", "cost", "vat_class", "unit",
            "category");

    /** One product as an import row: barcodes joined by '|', money in naira with two decimals. */
    public record Line(String sku, String name, String barcodes, BigDecimal price, BigDecimal cost, String vatClass,
                       String unit, String category) {

        /** The CSV fields; text a spreadsheet would run as a formula (=, +, -, @) is marked as text with a quote. */
        public List<String> fields() {
            return List.of(sku, asText(name), barcodes, price.toPlainString(), cost.toPlainString(), vatClass, unit,
                    category == null ? "" : asText(category));
        }

        static String asText(String value) {
            return !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        }
    }

    /** What makes a spreadsheet treat a cell as a formula; the import drops the quote put before them. */
    static final String FORMULA_START = "=+-@";

    @FunctionalInterface
    public interface LineSink {
        void accept(Line line) throws java.io.IOException;
    }

    private static final String QUERY = """
            select p.id, p.sku, p.name, p.price_kobo, p.cost_kobo, p.vat_class, p.unit, c.path, b.code
            from ca_product p
                left join ca_category c on c.id = p.category_id
                left join ca_barcode b on b.product_id = p.id
            %s
            order by p.sku, b.position""";
    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    ProductExport(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Hands every product (only active or only archived ones when {@code active} is given) to the sink, by SKU. */
    public void export(Boolean active, LineSink sink) {
        var filter = active == null ? "" : "where p.active = " + (active ? "true" : "false");
        readOnly.executeWithoutResult(status -> jdbc.query(connection -> {
            var statement = connection.prepareStatement(QUERY.formatted(filter));
            statement.setFetchSize(1000);
            return statement;
        }, (ResultSetExtractor<Void>) rows -> {
            var grouping = new Grouping(sink);
            while (rows.next()) {
                grouping.row(rows);
            }
            grouping.flush();
            return null;
        }));
    }

    /** Joins the rows of one product (one per barcode) into one line. */
    private static final class Grouping {
        private final LineSink sink;
        private UUID current;
        private Line pending;
        private final List<String> codes = new ArrayList<>();

        Grouping(LineSink sink) {
            this.sink = sink;
        }

        void row(ResultSet row) throws SQLException {
            var id = row.getObject(1, UUID.class);
            if (!id.equals(current)) {
                flush();
                current = id;
                pending = new Line(row.getString(2), row.getString(3), null, BigDecimal.valueOf(row.getLong(4), 2),
                        BigDecimal.valueOf(row.getLong(5), 2), row.getString(6), row.getString(7), row.getString(8));
            }
            var code = row.getString(9);
            if (code != null) {
                codes.add(code);
            }
        }

        private void flush() throws SQLException {
            if (pending == null) {
                return;
            }
            try {
                sink.accept(new Line(pending.sku(), pending.name(), String.join("|", codes), pending.price(),
                        pending.cost(), pending.vatClass(), pending.unit(), pending.category()));
            } catch (java.io.IOException e) {
                throw new SQLException("the export could not be written", e);
            }
            pending = null;
            codes.clear();
        }
    }
}
