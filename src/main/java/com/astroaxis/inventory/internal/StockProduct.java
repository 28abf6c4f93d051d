package com.astroaxis.inventory.internal;

import java.util.UUID;

/** A product as the inventory knows it (from the catalogue's ProductSaved), with its weighted-average cost. */
record StockProduct(UUID id, String sku, String name, String unit, boolean fractional, boolean trackStock,
                    UUID categoryId, long costKobo, boolean active) {
}
