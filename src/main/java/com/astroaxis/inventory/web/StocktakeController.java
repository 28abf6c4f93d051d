package com.astroaxis.inventory.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.astroaxis.inventory.internal.Refusals;
import com.astroaxis.inventory.internal.StocktakeService;
import com.astroaxis.inventory.internal.StocktakeView;
import com.astroaxis.platform.security.RequiresPermission;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/stocktakes")
@Tag(name = "Stocktakes")
class StocktakeController {

    private final StocktakeService stocktakes;

    StocktakeController(StocktakeService stocktakes) {
        this.stocktakes = stocktakes;
    }

    record NewStocktake(UUID branchId, UUID categoryId) {
    }

    record Counts(List<CountJson> lines) {
    }

    record CountJson(UUID productId, BigDecimal counted) {
    }

    record SheetJson(UUID id, UUID branchId, UUID categoryId, String status, String createdBy, Instant createdAt,
                     String postedBy, Instant postedAt, List<Line> lines) {

        record Line(UUID productId, String sku, String name, String unit, BigDecimal expected, BigDecimal counted,
                    BigDecimal correction) {
        }

        static SheetJson of(StocktakeView s) {
            return new SheetJson(s.id(), s.branchId(), s.categoryId(), s.status(), s.createdBy(), s.createdAt(),
                    s.postedBy(), s.postedAt(), s.lines().stream().map(l -> new Line(l.productId(), l.sku(), l.name(),
                    l.unit(), Quantities.json(l.expected()), Quantities.json(l.counted()),
                    Quantities.json(l.correction()))).toList());
        }
    }

    record VarianceJson(UUID id, UUID branchId, String status, List<Line> lines) {

        record Line(UUID productId, String sku, String name, String unit, BigDecimal expected,
                    BigDecimal movementsSince, BigDecimal counted, BigDecimal variance) {
        }

        static VarianceJson of(StocktakeView.Variance v) {
            return new VarianceJson(v.id(), v.branchId(), v.status(), v.lines().stream().map(l -> new Line(
                    l.productId(), l.sku(), l.name(), l.unit(), Quantities.json(l.expected()),
                    Quantities.json(l.movementsSince()), Quantities.json(l.counted()), Quantities.json(l.variance())))
                    .toList());
        }
    }

    record SummaryJson(UUID id, UUID branchId, UUID categoryId, String status, String createdBy, Instant createdAt,
                       String postedBy, Instant postedAt, int lineCount, int countedCount) {

        static SummaryJson of(StocktakeView.Summary s) {
            return new SummaryJson(s.id(), s.branchId(), s.categoryId(), s.status(), s.createdBy(), s.createdAt(),
                    s.postedBy(), s.postedAt(), s.lineCount(), s.countedCount());
        }
    }

    /** The branch's latest 100 count sheets, newest first, without their lines. */
    @GetMapping
    @RequiresPermission("inventory.count")
    List<SummaryJson> list(@RequestParam(required = false) UUID branchId) {
        return stocktakes.list(branchId).stream().map(SummaryJson::of).toList();
    }

    @PostMapping
    @RequiresPermission("inventory.count")
    ResponseEntity<SheetJson> create(@RequestBody NewStocktake body) {
        var sheet = stocktakes.create(body.branchId(), body.categoryId());
        return ResponseEntity.created(URI.create("/api/v1/stocktakes/" + sheet.id())).body(SheetJson.of(sheet));
    }

    @GetMapping("/{id}")
    SheetJson get(@PathVariable UUID id) {
        return SheetJson.of(stocktakes.get(id));
    }

    @PutMapping("/{id}/counts")
    @RequiresPermission("inventory.count")
    SheetJson count(@PathVariable UUID id, @RequestBody Counts body) {
        List<StocktakeService.CountCommand> lines = null;
        if (body.lines() != null) {
            lines = new ArrayList<>();
            for (int i = 0; i < body.lines().size(); i++) {
                var line = body.lines().get(i);
                if (line == null) {
                    throw Refusals.invalid("lines[" + i + "]", "is required");
                }
                lines.add(new StocktakeService.CountCommand(line.productId(),
                        Quantities.parse(line.counted(), "lines[" + i + "].counted")));
            }
        }
        return SheetJson.of(stocktakes.count(id, lines));
    }

    @GetMapping("/{id}/variance")
    VarianceJson variance(@PathVariable UUID id) {
        return VarianceJson.of(stocktakes.variance(id));
    }

    @PostMapping("/{id}/post")
    @RequiresPermission("inventory.count")
    SheetJson post(@PathVariable UUID id) {
        return SheetJson.of(stocktakes.post(id));
    }
}
