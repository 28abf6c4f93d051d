package com.astroaxis.inventory.web;

import java.net.URI;

import com.astroaxis.inventory.internal.Paging;
import com.astroaxis.inventory.internal.PurchaseOrderView;
import com.astroaxis.inventory.internal.PurchasingService;
import com.astroaxis.inventory.internal.StockViews;
import com.astroaxis.platform.security.RequiresPermission;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/suppliers")
@Tag(name = "Purchasing")
class SupplierController {

    private final PurchasingService purchasing;

    SupplierController(PurchasingService purchasing) {
        this.purchasing = purchasing;
    }

    record NewSupplier(String name, String phone, String email, String address) {
    }

    @GetMapping
    StockViews.Page<PurchaseOrderView.Supplier> list(@RequestParam(required = false) Integer page,
                                                     @RequestParam(required = false) Integer size) {
        return purchasing.suppliers(Paging.of(page, size));
    }

    @PostMapping
    @RequiresPermission("purchasing.manage")
    ResponseEntity<PurchaseOrderView.Supplier> create(@RequestBody NewSupplier body) {
        var supplier = purchasing.createSupplier(new PurchasingService.SupplierCommand(body.name(), body.phone(),
                body.email(), body.address()));
        return ResponseEntity.created(URI.create("/api/v1/suppliers/" + supplier.id())).body(supplier);
    }
}
