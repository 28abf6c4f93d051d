package com.astroaxis.catalog;

/** How a product is counted: pieces are whole; weighed and measured units take up to 3 decimals. */
public enum Unit {
    PIECE(false), KILOGRAM(true), LITRE(true), METRE(true);

    private final boolean fractional;

    Unit(boolean fractional) {
        this.fractional = fractional;
    }

    public boolean fractional() {
        return fractional;
    }
}
