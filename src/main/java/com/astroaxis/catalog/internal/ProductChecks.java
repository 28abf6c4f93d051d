package com.astroaxis.catalog.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.astroaxis.catalog.ProductId;
import com.astroaxis.files.FileManagement;

import org.springframework.stereotype.Component;

/** Turns what a caller sent into a valid product, naming every bad field at once; then checks SKU and barcodes are free. */
@Component
class ProductChecks {

    private final ProductRecords records;
    private final Categories categories;
    private final FileManagement files;

    ProductChecks(ProductRecords records, Categories categories, FileManagement files) {
        this.records = records;
        this.categories = categories;
        this.files = files;
    }

    /** A new product from the input (before == null), or the product before with the input's non-null fields applied. */
    ProductDetails valid(ProductInput in, ProductDetails before, Instant now) {
        var errors = new FieldErrors();
        boolean creating = before == null;
        var sku = in.sku() != null || creating ? field(errors, "sku", () -> ProductRules.sku(in.sku())) : before.sku();
        var name = in.name() != null || creating ? field(errors, "name", () -> ProductRules.name(in.name())) : before.name();
        var description = in.description() != null ? description(in.description(), errors)
                : creating ? null : before.description();
        var barcodes = in.barcodes() != null ? barcodes(in.barcodes(), errors) : creating ? List.<String>of() : before.barcodes();
        Long price = creating ? null : before.priceKobo();
        if (in.priceKobo() != null) {
            price = kobo(in.priceKobo(), "priceKobo", errors);
        } else if (creating) {
            errors.add("priceKobo", "is required");
        }
        Long cost = creating ? 0L : before.costKobo();
        if (in.costKobo() != null) {
            cost = kobo(in.costKobo(), "costKobo", errors);
        }
        var categoryId = in.categoryId() != null ? in.categoryId() : creating ? null : before.categoryId();
        if (in.categoryId() != null && categories.find(in.categoryId()).isEmpty()) {
            errors.add("categoryId", "is not an existing category");
        }
        var image = in.imageFileId() != null ? in.imageFileId() : creating ? null : before.imageFileId();
        if (in.imageFileId() != null) {
            var file = files.find(in.imageFileId());
            if (file.isEmpty()) {
                errors.add("imageFileId", "is not an uploaded file");
            } else if (!file.get().contentType().startsWith("image/")) {
                errors.add("imageFileId", "is not an image");
            }
        }
        errors.throwIfAny();
        var unit = in.unit() != null ? in.unit() : creating ? ProductService.orDefault(in.unit()) : before.unit();
        var vat = in.vatClass() != null ? in.vatClass() : creating ? ProductService.orDefault(in.vatClass()) : before.vatClass();
        boolean trackStock = in.trackStock() != null ? in.trackStock() : creating || before.trackStock();
        boolean active = in.active() != null ? in.active() : creating || before.active();
        return new ProductDetails(creating ? new ProductId(UUID.randomUUID()) : before.id(), sku, name, description,
                barcodes, categoryId, unit, price, cost, vat, trackStock, active, image,
                creating ? now : before.createdAt(), now);
    }

    /** 409 when the SKU or a barcode belongs to another product. */
    void unique(ProductDetails product, ProductDetails before) {
        var id = product.id().value().toString();
        if ((before == null || !before.sku().equals(product.sku()))
                && records.skuOwner(product.sku()).filter(owner -> !owner.equals(id)).isPresent()) {
            throw FieldErrors.conflict("sku-taken", "sku", "Another product already has the SKU '" + product.sku() + "'.");
        }
        var owners = records.owners(product.barcodes());
        for (int i = 0; i < product.barcodes().size(); i++) {
            var owner = owners.get(product.barcodes().get(i));
            if (owner != null && !owner.equals(product.id().value())) {
                throw FieldErrors.conflict("barcode-taken", "barcodes[" + i + "]",
                        "The barcode " + product.barcodes().get(i) + " already belongs to another product.");
            }
        }
    }

    private static List<String> barcodes(List<String> codes, FieldErrors errors) {
        if (codes.size() > ProductRules.MAX_BARCODES) {
            errors.add("barcodes", "at most " + ProductRules.MAX_BARCODES + " barcodes");
            return List.of();
        }
        var valid = new ArrayList<String>();
        var seen = new HashSet<String>();
        for (int i = 0; i < codes.size(); i++) {
            int index = i;
            var code = field(errors, "barcodes[" + i + "]", () -> Barcodes.check(codes.get(index)));
            if (code != null && !seen.add(code)) {
                errors.add("barcodes[" + i + "]", "is listed twice");
            } else if (code != null) {
                valid.add(code);
            }
        }
        return valid;
    }

    private static String description(String text, FieldErrors errors) {
        var description = text.strip();
        if (description.length() > ProductRules.MAX_DESCRIPTION) {
            errors.add("description", "must be at most " + ProductRules.MAX_DESCRIPTION + " characters");
        }
        return description.isEmpty() ? null : description;
    }

    private static Long kobo(BigDecimal value, String field, FieldErrors errors) {
        return field(errors, field, () -> ProductRules.kobo(value));
    }

    private static <T> T field(FieldErrors errors, String field, Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException refused) {
            errors.add(field, refused.getMessage());
            return null;
        }
    }
}
