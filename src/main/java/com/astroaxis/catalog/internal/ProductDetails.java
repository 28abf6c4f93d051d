package com.astroaxis.catalog.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.astroaxis.catalog.ProductId;
import com.astroaxis.catalog.ProductView;
import com.astroaxis.catalog.Unit;
import com.astroaxis.catalog.VatClass;

/** A product with everything the back office shows: the public view plus description, image and times. */
public record ProductDetails(ProductId id, String sku, String name, String description, List<String> barcodes,
                             UUID categoryId, Unit unit, long priceKobo, long costKobo, VatClass vatClass,
                             boolean trackStock, boolean active, UUID imageFileId, Instant createdAt,
                             Instant updatedAt) {

    public ProductDetails {
        barcodes = barcodes == null ? List.of() : List.copyOf(barcodes);
    }

    public ProductView view() {
        return new ProductView(id, sku, name, barcodes, categoryId, unit, priceKobo, costKobo, vatClass, trackStock,
                active);
    }

    ProductDetails withBarcodes(List<String> codes) {
        return new ProductDetails(id, sku, name, description, codes, categoryId, unit, priceKobo, costKobo, vatClass,
                trackStock, active, imageFileId, createdAt, updatedAt);
    }
}
