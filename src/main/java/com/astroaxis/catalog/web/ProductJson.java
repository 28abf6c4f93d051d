package com.astroaxis.catalog.web;

import java.time.Instant;
import java.util.List;

import com.astroaxis.catalog.Unit;
import com.astroaxis.catalog.VatClass;
import com.astroaxis.catalog.internal.ProductDetails;

/** A product as the API shows it; money in kobo. */
record ProductJson(String id, String sku, String name, String description, List<String> barcodes, String categoryId,
                   Unit unit, long priceKobo, long costKobo, VatClass vatClass, boolean trackStock, boolean active,
                   String imageFileId, Instant createdAt, Instant updatedAt) {

    static ProductJson of(ProductDetails product) {
        return new ProductJson(product.id().toString(), product.sku(), product.name(), product.description(),
                product.barcodes(), product.categoryId() == null ? null : product.categoryId().toString(),
                product.unit(), product.priceKobo(), product.costKobo(), product.vatClass(), product.trackStock(),
                product.active(), product.imageFileId() == null ? null : product.imageFileId().toString(),
                product.createdAt(), product.updatedAt());
    }
}
