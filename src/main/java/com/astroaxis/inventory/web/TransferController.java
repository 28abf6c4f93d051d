package com.astroaxis.inventory.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import com.astroaxis.inventory.internal.Paging;
import com.astroaxis.inventory.internal.StockViews;
import com.astroaxis.inventory.internal.TransferService;
import com.astroaxis.inventory.internal.TransferView;
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
@RequestMapping("/api/v1/stock/transfers")
@Tag(name = "Stock transfers")
class TransferController {

    private final TransferService transfers;

    TransferController(TransferService transfers) {
        this.transfers = transfers;
    }

    record NewTransfer(UUID fromBranchId, UUID toBranchId, List<LineJson> lines, @Size(max = 500) String note) {
    }

    record Receipt(List<LineJson> lines) {
    }

    record TransferJson(UUID id, UUID fromBranchId, UUID toBranchId, String status, String note, String dispatchedBy,
                        Instant dispatchedAt, String receivedBy, Instant receivedAt, List<Line> lines) {

        record Line(UUID productId, BigDecimal sent, BigDecimal received, BigDecimal shortfall) {
        }

        static TransferJson of(TransferView t) {
            return new TransferJson(t.id(), t.fromBranchId(), t.toBranchId(), t.status(), t.note(), t.dispatchedBy(),
                    t.dispatchedAt(), t.receivedBy(), t.receivedAt(), t.lines().stream()
                    .map(l -> new Line(l.productId(), Quantities.json(l.sent()), Quantities.json(l.received()),
                            Quantities.json(l.shortfall()))).toList());
        }
    }

    @PostMapping
    @RequiresPermission("inventory.transfer")
    ResponseEntity<TransferJson> dispatch(@Valid @RequestBody NewTransfer body) {
        var transfer = transfers.dispatch(body.fromBranchId(), body.toBranchId(), LineJson.commands(body.lines()),
                body.note());
        return ResponseEntity.created(URI.create("/api/v1/stock/transfers/" + transfer.id()))
                .body(TransferJson.of(transfer));
    }

    @PostMapping("/{id}/receive")
    @RequiresPermission("inventory.transfer")
    TransferJson receive(@PathVariable UUID id, @RequestBody Receipt body) {
        return TransferJson.of(transfers.receive(id, LineJson.commands(body.lines())));
    }

    @GetMapping
    StockViews.Page<TransferJson> list(@RequestParam(required = false) UUID branchId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var found = transfers.list(branchId, Paging.of(page, size));
        return new StockViews.Page<>(found.items().stream().map(TransferJson::of).toList(), found.page(),
                found.size(), found.total());
    }

    @GetMapping("/{id}")
    TransferJson get(@PathVariable UUID id) {
        return TransferJson.of(transfers.get(id));
    }
}
