package com.astroaxis.catalog;

import java.util.UUID;

public record ProductId(UUID value) {
    public ProductId {
        if (value == null) {
            throw new IllegalArgumentException("a product id is required");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
