package com.astroaxis.inventory.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.astroaxis.platform.quantity.Quantity;

/** A count sheet: the levels expected when it was made and what was counted (null until counted). */
public record StocktakeView(UUID id, UUID branchId, UUID categoryId, String status, String createdBy,
                            Instant createdAt, String postedBy, Instant postedAt, List<Line> lines) {

    public record Line(UUID productId, String sku, String name, String unit, Quantity expected, Quantity counted,
                       Quantity correction) {
    }

    /** One line of the variance report: variance = counted − (expected + movements since the sheet was made). */
    public record VarianceLine(UUID productId, String sku, String name, String unit, Quantity expected,
                               Quantity movementsSince, Quantity counted, Quantity variance) {
    }

    public record Variance(UUID id, UUID branchId, String status, List<VarianceLine> lines) {
    }

    /** A sheet in a list: how many lines it has and how many of them were counted, without the lines. */
    public record Summary(UUID id, UUID branchId, UUID categoryId, String status, String createdBy,
                          Instant createdAt, String postedBy, Instant postedAt, int lineCount, int countedCount) {
    }

    StocktakeView withLines(List<Line> lines) {
        return new StocktakeView(id, branchId, categoryId, status, createdBy, createdAt, postedBy, postedAt,
                List.copyOf(lines));
    }
}
