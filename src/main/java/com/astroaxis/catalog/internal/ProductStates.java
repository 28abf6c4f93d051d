package com.astroaxis.catalog.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the audit trail keeps of a product: its general fields, its price and cost. */
final class ProductStates {

    private ProductStates() {
    }

    static Map<String, Object> general(ProductDetails product) {
        var state = new LinkedHashMap<String, Object>();
        state.put("sku", product.sku());
        state.put("name", product.name());
        state.put("description", product.description());
        state.put("barcodes", product.barcodes());
        state.put("categoryId", product.categoryId() == null ? null : product.categoryId().toString());
        state.put("unit", product.unit().name());
        state.put("vatClass", product.vatClass().name());
        state.put("trackStock", product.trackStock());
        state.put("active", product.active());
        state.put("imageFileId", product.imageFileId() == null ? null : product.imageFileId().toString());
        state.values().removeIf(java.util.Objects::isNull);
        return state;
    }

    static Map<String, Object> price(ProductDetails product) {
        var state = new LinkedHashMap<String, Object>();
        state.put("priceKobo", product.priceKobo());
        state.put("costKobo", product.costKobo());
        return state;
    }

    static Map<String, Object> all(ProductDetails product) {
        var state = general(product);
        state.putAll(price(product));
        return state;
    }

    /** Whether nothing but the update time differs. */
    static boolean sameAs(ProductDetails before, ProductDetails after) {
        return all(before).equals(all(after));
    }
}
