package com.astroaxis.catalog;

/**
 * VAT treatment. The Nigeria Tax Act 2025 zero-rates basic food items, medical and educational goods, and exempts
 * items such as baby products; everything else is standard-rated (VAT_RATE_BASIS_POINTS, 7.5% by default).
 */
public enum VatClass {
    STANDARD, ZERO_RATED, EXEMPT
}
