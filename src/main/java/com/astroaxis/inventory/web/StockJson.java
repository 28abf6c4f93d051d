package com.astroaxis.inventory.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.astroaxis.inventory.internal.Movement;
import com.astroaxis.inventory.internal.StockViews;
import com.astroaxis.platform.quantity.Quantity;

/** The stock endpoints' JSON. */
final class StockJson {

    private StockJson() {
    }

    record Level(UUID productId, UUID branchId, BigDecimal quantity, BigDecimal reorderLevel, boolean low, String sku,
                 String name, String unit, String branchCode) {

        static Level of(StockViews.Level level) {
            return new Level(level.productId(), level.branchId(), Quantities.json(level.quantity()),
                    Quantities.json(level.reorderLevel()), level.low(), level.sku(), level.name(), level.unit(),
                    level.branchCode());
        }
    }

    record Adjustment(UUID movementId, UUID productId, UUID branchId, BigDecimal quantity, String reasonCode,
                      String note, BigDecimal quantityAfter) {

        static Adjustment of(StockViews.Adjustment adjustment) {
            return new Adjustment(adjustment.movementId(), adjustment.productId(), adjustment.branchId(),
                    Quantities.json(adjustment.quantity()), adjustment.reasonCode(), adjustment.note(),
                    Quantities.json(adjustment.quantityAfter()));
        }
    }

    record ReorderLevel(UUID productId, UUID branchId, BigDecimal level) {

        static ReorderLevel of(StockViews.ReorderLevel level) {
            return new ReorderLevel(level.productId(), level.branchId(), Quantities.json(level.level()));
        }
    }

    record MovementLine(UUID id, UUID productId, UUID branchId, String kind, BigDecimal quantity,
                        BigDecimal levelAfter, String reasonCode, String note, String actor, Instant occurredAt,
                        String documentType, String documentId, Long unitCostKobo) {

        static MovementLine of(Movement movement) {
            return new MovementLine(movement.id(), movement.productId(), movement.branchId(), movement.kind().name(),
                    Quantities.json(Quantity.ofMilli(movement.quantityMilli())),
                    Quantities.json(Quantity.ofMilli(movement.levelAfterMilli())), movement.reasonCode(),
                    movement.note(), movement.actor(), movement.occurredAt(), movement.documentType(),
                    movement.documentId(), movement.unitCostKobo());
        }
    }

    record Oversold(UUID movementId, UUID productId, String sku, String name, String unit, UUID branchId,
                    String branchCode, String kind, BigDecimal quantity, BigDecimal levelAfter, String actor,
                    Instant occurredAt, Instant flaggedAt, String documentType, String documentId) {

        static Oversold of(StockViews.Oversold flag) {
            return new Oversold(flag.movementId(), flag.productId(), flag.sku(), flag.name(), flag.unit(),
                    flag.branchId(), flag.branchCode(), flag.kind().name(), Quantities.json(flag.quantity()),
                    Quantities.json(flag.levelAfter()), flag.actor(), flag.occurredAt(), flag.flaggedAt(),
                    flag.documentType(), flag.documentId());
        }
    }
}
