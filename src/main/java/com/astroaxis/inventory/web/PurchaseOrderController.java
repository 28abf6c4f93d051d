package com.astroaxis.inventory.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.astroaxis.inventory.internal.Paging;
import com.astroaxis.inventory.internal.PurchaseOrderView;
import com.astroaxis.inventory.internal.PurchasingService;
import com.astroaxis.inventory.internal.Refusals;
import com.astroaxis.inventory.internal.StockViews;
import com.astroaxis.platform.security.RequiresPermission;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/purchase-orders")
@Tag(name = "Purchasing")
class PurchaseOrderController {

    private final PurchasingService purchasing;

    PurchaseOrderController(PurchasingService purchasing) {
        this.purchasing = purchasing;
    }

    record NewOrder(UUID supplierId, UUID branchId, List<OrderLine> lines) {
    }

    record OrderLine(UUID productId, BigDecimal quantity, Long unitCostKobo) {
    }

    record Receipt(List<LineJson> lines) {
    }

    record OrderJson(UUID id, UUID supplierId, UUID branchId, String status, String createdBy, Instant createdAt,
                     Instant orderedAt, long totalKobo, List<Line> lines) {

        record Line(UUID productId, BigDecimal quantity, long unitCostKobo, BigDecimal received) {
        }

        static OrderJson of(PurchaseOrderView o) {
            return new OrderJson(o.id(), o.supplierId(), o.branchId(), o.status(), o.createdBy(), o.createdAt(),
                    o.orderedAt(), o.totalKobo(), o.lines().stream().map(l -> new Line(l.productId(),
                    Quantities.json(l.quantity()), l.unitCostKobo(), Quantities.json(l.received()))).toList());
        }
    }

    @GetMapping
    StockViews.Page<OrderJson> list(@RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        var found = purchasing.list(Paging.of(page, size));
        return new StockViews.Page<>(found.items().stream().map(OrderJson::of).toList(), found.page(), found.size(),
                found.total());
    }

    @GetMapping("/{id}")
    OrderJson get(@PathVariable UUID id) {
        return OrderJson.of(purchasing.get(id));
    }

    @PostMapping
    @RequiresPermission("purchasing.manage")
    ResponseEntity<OrderJson> create(@RequestBody NewOrder body) {
        List<PurchasingService.OrderLineCommand> lines = null;
        if (body.lines() != null) {
            lines = new ArrayList<>();
            for (int i = 0; i < body.lines().size(); i++) {
                var line = body.lines().get(i);
                if (line == null) {
                    throw Refusals.invalid("lines[" + i + "]", "is required");
                }
                lines.add(new PurchasingService.OrderLineCommand(line.productId(),
                        Quantities.parse(line.quantity(), "lines[" + i + "].quantity"), line.unitCostKobo()));
            }
        }
        var order = purchasing.create(body.supplierId(), body.branchId(), lines);
        return ResponseEntity.created(URI.create("/api/v1/purchase-orders/" + order.id())).body(OrderJson.of(order));
    }

    @PostMapping("/{id}/order")
    @RequiresPermission("purchasing.manage")
    OrderJson order(@PathVariable UUID id) {
        return OrderJson.of(purchasing.order(id));
    }

    @PostMapping("/{id}/receipts")
    @RequiresPermission("purchasing.manage")
    OrderJson receive(@PathVariable UUID id, @RequestBody Receipt body) {
        return OrderJson.of(purchasing.receive(id, LineJson.commands(body.lines())));
    }
}
