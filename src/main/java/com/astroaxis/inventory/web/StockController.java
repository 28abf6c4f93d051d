package com.astroaxis.inventory.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import com.astroaxis.inventory.internal.Paging;
import com.astroaxis.inventory.internal.ReasonCode;
import com.astroaxis.inventory.internal.Refusals;
import com.astroaxis.inventory.internal.StockService;
import com.astroaxis.inventory.internal.StockViews;
import com.astroaxis.platform.security.RequiresPermission;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/stock")
@Tag(name = "Stock")
class StockController {

    private final StockService stock;

    StockController(StockService stock) {
        this.stock = stock;
    }

    record NewAdjustment(UUID branchId, UUID productId, BigDecimal quantity, String reasonCode,
                         @Size(max = 500) String note) {
    }

    record NewReorderLevel(UUID productId, UUID branchId, BigDecimal level) {
    }

    /** Levels at the branches the caller may access (one branch, one product, or all). */
    @GetMapping
    List<StockJson.Level> levels(@RequestParam(required = false) UUID branchId,
                                 @RequestParam(required = false) UUID productId) {
        return stock.levels(branchId, productId, false).stream().map(StockJson.Level::of).toList();
    }

    @GetMapping("/low")
    List<StockJson.Level> low(@RequestParam(required = false) UUID branchId) {
        return stock.levels(branchId, null, true).stream().map(StockJson.Level::of).toList();
    }

    @PostMapping("/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission("inventory.adjust")
    StockJson.Adjustment adjust(@Valid @RequestBody NewAdjustment body) {
        return StockJson.Adjustment.of(stock.adjust(new StockService.AdjustCommand(body.branchId(), body.productId(),
                Quantities.parse(body.quantity(), "quantity"), reason(body.reasonCode()), body.note())));
    }

    @PutMapping("/reorder-levels")
    @RequiresPermission("inventory.adjust")
    StockJson.ReorderLevel setReorderLevel(@RequestBody NewReorderLevel body) {
        return StockJson.ReorderLevel.of(stock.setReorderLevel(body.productId(), body.branchId(),
                Quantities.parse(body.level(), "level")));
    }

    @GetMapping("/movements")
    StockViews.Page<StockJson.MovementLine> movements(@RequestParam(required = false) UUID productId,
            @RequestParam(required = false) UUID branchId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var found = stock.movements(productId, branchId, Paging.of(page, size));
        return new StockViews.Page<>(found.items().stream().map(StockJson.MovementLine::of).toList(), found.page(),
                found.size(), found.total());
    }

    /** Movements that took a level below zero at branches that allow it, newest first. */
    @GetMapping("/oversold")
    StockViews.Page<StockJson.Oversold> oversold(@RequestParam(required = false) UUID branchId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var found = stock.oversold(branchId, Paging.of(page, size));
        return new StockViews.Page<>(found.items().stream().map(StockJson.Oversold::of).toList(), found.page(),
                found.size(), found.total());
    }

    private static ReasonCode reason(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return ReasonCode.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid("reasonCode", "must be one of FOUND, DAMAGED, EXPIRED, THEFT, CORRECTION, OTHER");
        }
    }
}
