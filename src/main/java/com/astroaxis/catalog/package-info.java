/**
 * What the business sells: products with SKUs, barcodes, categories, units, prices and VAT classes. Other modules
 * keep their own copy of what they need from {@link com.astroaxis.catalog.ProductSaved} events, or ask
 * {@link com.astroaxis.catalog.Catalog}.
 */
@ApplicationModule(displayName = "Catalogue")
package com.astroaxis.catalog;

import org.springframework.modulith.ApplicationModule;
