package com.astroaxis.catalog.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.astroaxis.catalog.Unit;
import com.astroaxis.catalog.VatClass;

/**
 * A product as a caller sends it, to create one or to change one (where a null field stays as it is). Kobo arrive as
 * decimals so that a fraction can be refused rather than silently cut off.
 */
public record ProductInput(String sku, String name, String description, List<String> barcodes, UUID categoryId,
                           Unit unit, BigDecimal priceKobo, BigDecimal costKobo, VatClass vatClass, Boolean trackStock,
                           Boolean active, UUID imageFileId) {
}
