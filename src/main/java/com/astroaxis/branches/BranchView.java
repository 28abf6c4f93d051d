package com.astroaxis.branches;

import java.math.BigDecimal;

/** A branch as other modules see it. Coordinates and radius (metres) fence attendance clock-ins later. */
public record BranchView(BranchId id, String code, String name, BranchKind kind, String address, String phone,
                         BigDecimal latitude, BigDecimal longitude, Integer radiusMeters, String receiptHeader,
                         String receiptFooter, OversellPolicy oversell, boolean active) {
}
