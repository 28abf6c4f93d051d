package com.astroaxis.catalog;

import java.util.List;
import java.util.UUID;

/** A product as other modules see it. Money in kobo. */
public record ProductView(ProductId id, String sku, String name, List<String> barcodes, UUID categoryId, Unit unit,
                          long priceKobo, long costKobo, VatClass vatClass, boolean trackStock, boolean active) {

    public ProductView {
        barcodes = barcodes == null ? List.of() : List.copyOf(barcodes);
    }
}
