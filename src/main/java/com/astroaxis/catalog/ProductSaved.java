package com.astroaxis.catalog;

/** A product was created or changed: the new state. Published inside the transaction that saved it. */
public record ProductSaved(ProductView product) {
}
