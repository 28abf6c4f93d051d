package com.astroaxis.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What other modules may ask of the catalogue. */
public interface Catalog {

    Optional<ProductView> find(ProductId id);

    Optional<ProductView> findByBarcode(String barcode);

    List<ProductView> findAll(Collection<ProductId> ids);
}
