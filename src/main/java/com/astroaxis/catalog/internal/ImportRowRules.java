package com.astroaxis.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.astroaxis.catalog.Unit;
import com.astroaxis.catalog.VatClass;
import com.astroaxis.platform.money.Money;
import com.astroaxis.platform.quantity.Quantity;

/** Checks one data row of an import file against the catalogue and the rows before it. */
final class ImportRowRules {

    private final ImportColumns columns;
    private final ImportProblems problems;
    private final ImportPlan.Mode mode;
    private final Map<String, UUID> skusInCatalogue;
    private final Map<String, UUID> barcodesInCatalogue;
    private final Map<String, UUID> branchCodes;
    private final Map<String, Long> skusInFile = new HashMap<>();
    private final Map<String, Long> barcodesInFile = new HashMap<>();

    /** The catalogue's SKUs and barcodes each map to the id of the product that has them. */
    ImportRowRules(ImportPlan.Mode mode, ImportColumns columns, ImportProblems problems,
            Map<String, UUID> skusInCatalogue, Map<String, UUID> barcodesInCatalogue, Map<String, UUID> branchCodes) {
        this.mode = mode;
        this.columns = columns;
        this.problems = problems;
        this.skusInCatalogue = skusInCatalogue;
        this.barcodesInCatalogue = barcodesInCatalogue;
        this.branchCodes = branchCodes;
    }

    /** The row if it is valid; otherwise null, with its problems reported. */
    ImportPlan.Row check(long line, List<String> record) {
        int before = problems.count();
        if (record.size() != columns.width()) {
            problems.add(line, null, "has " + record.size() + " fields; the header has " + columns.width());
            return null;
        }
        var sku = field(line, "sku", () -> ProductRules.sku(columns.get(record, "sku")));
        UUID existing = null;
        if (sku != null) {
            existing = mode == ImportPlan.Mode.UPDATE ? skusInCatalogue.get(sku) : null;
            unique(line, "sku", sku, existing, skusInCatalogue, skusInFile, "SKU");
        }
        var name = field(line, "name", () -> ProductRules.name(columns.get(record, "name")));
        var barcodes = barcodes(line, columns.get(record, "barcode"), existing);
        var price = field(line, "price", () -> naira(columns.get(record, "price"), true));
        var cost = field(line, "cost", () -> naira(columns.get(record, "cost"), false));
        var vat = field(line, "vat_class", () -> constant(columns.get(record, "vat_class"), VatClass.class, VatClass.STANDARD));
        var unit = field(line, "unit", () -> constant(columns.get(record, "unit"), Unit.class, Unit.PIECE));
        var category = field(line, "category", () -> categoryPath(columns.get(record, "category")));
        UUID branch = null;
        Quantity quantity = null;
        var code = columns.get(record, "branch_code");
        var quantityText = columns.get(record, "opening_quantity");
        if (existing != null && !(quantityText.isEmpty() && code.isEmpty())) {
            problems.add(line, "opening_quantity", "must be empty: SKU " + sku + " is an existing product, whose "
                    + "stock is changed by a receipt, an adjustment or a count, not by an import");
        } else if (!quantityText.isEmpty()) {
            branch = field(line, "branch_code", () -> branch(code));
            quantity = field(line, "opening_quantity", () -> quantity(quantityText, unit));
        } else if (!code.isEmpty()) {
            problems.add(line, "opening_quantity", "is required with a branch_code");
        }
        if (problems.count() > before) {
            return null;
        }
        return new ImportPlan.Row(line, sku, name, barcodes, price, cost, vat, unit, category, branch, quantity,
                existing);
    }

    private List<String> barcodes(long line, String text, UUID product) {
        var codes = new ArrayList<String>();
        if (text.isEmpty()) {
            return codes;
        }
        for (var part : text.split("\\|")) {
            var code = field(line, "barcode", () -> Barcodes.check(part));
            if (code != null && unique(line, "barcode", code, product, barcodesInCatalogue, barcodesInFile, "barcode")) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** Whether the value is free: in the catalogue at most on the product the row updates, and once in the file. */
    private boolean unique(long line, String column, String value, UUID product, Map<String, UUID> catalogue,
            Map<String, Long> file, String what) {
        var owner = catalogue.get(value);
        if (owner != null && !owner.equals(product)) {
            problems.add(line, column, "the " + what + " " + value + " already belongs to "
                    + (product == null ? "a" : "another") + " product in the catalogue");
            return false;
        }
        var earlier = file.putIfAbsent(value, line);
        if (earlier != null) {
            problems.add(line, column, "the " + what + " " + value + " is also on line " + earlier);
            return false;
        }
        return true;
    }

    private static long naira(String text, boolean required) {
        if (text.isEmpty()) {
            if (required) {
                throw new IllegalArgumentException("is required (naira, like 8500.00)");
            }
            return 0;
        }
        var kobo = Money.parseNaira(text).kobo();
        if (kobo < 0) {
            throw new IllegalArgumentException("must not be negative");
        }
        return ProductRules.kobo(kobo);
    }

    static <E extends Enum<E>> E constant(String text, Class<E> type, E fallback) {
        if (text.isEmpty()) {
            return fallback;
        }
        var name = text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of " + String.join(", ",
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }

    /** "Food > Grains" with each level checked and spaced the one way; null for no category. */
    static String categoryPath(String text) {
        if (text.isEmpty()) {
            return null;
        }
        var levels = new ArrayList<String>();
        for (var level : text.split(">", -1)) {
            levels.add(Categories.name(level));
        }
        var path = String.join(Categories.SEPARATOR, levels);
        if (path.length() > 1000) {
            throw new IllegalArgumentException("is longer than 1000 characters");
        }
        return path;
    }

    private UUID branch(String code) {
        if (code.isEmpty()) {
            throw new IllegalArgumentException("is required with an opening quantity");
        }
        var id = branchCodes.get(code.toUpperCase(Locale.ROOT));
        if (id == null) {
            throw new IllegalArgumentException("'" + code + "' is not the code of an open branch");
        }
        return id;
    }

    private static Quantity quantity(String text, Unit unit) {
        var quantity = Quantity.parse(text);
        if (quantity.isNegative()) {
            throw new IllegalArgumentException("must not be negative");
        }
        if (unit != null && !unit.fractional() && !quantity.isWhole()) {
            throw new IllegalArgumentException("must be a whole number for " + unit.name());
        }
        return quantity;
    }

    private <T> T field(long line, String column, Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException | ArithmeticException refused) {
            problems.add(line, column, refused.getMessage());
            return null;
        }
    }
}
