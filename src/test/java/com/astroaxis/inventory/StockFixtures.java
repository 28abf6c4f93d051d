package com.astroaxis.inventory;

import java.util.List;
import java.util.UUID;

import com.astroaxis.branches.BranchId;
import com.astroaxis.branches.BranchKind;
import com.astroaxis.branches.BranchSaved;
import com.astroaxis.branches.BranchView;
import com.astroaxis.branches.OversellPolicy;
import com.astroaxis.catalog.ProductId;
import com.astroaxis.catalog.ProductSaved;
import com.astroaxis.catalog.ProductView;
import com.astroaxis.catalog.Unit;
import com.astroaxis.catalog.VatClass;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Products and branches as the catalogue and branches modules will announce them: their saved events, published
 * inside a transaction.
 */
public final class StockFixtures {

    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    public StockFixtures(TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.transaction = transaction;
        this.events = events;
    }

    public BranchId branch(OversellPolicy oversell) {
        var id = new BranchId(UUID.randomUUID());
        var code = "B" + id.value().toString().replace("-", "").substring(0, 6).toUpperCase();
        publish(new BranchSaved(new BranchView(id, code, "Branch " + code, BranchKind.SHOP, "1 Broad Street, Lagos",
                "+2348031234567", null, null, null, null, null, oversell, true)));
        return id;
    }

    public ProductId product(Unit unit) {
        return product(unit, true, 70_000, null);
    }

    public ProductId product(Unit unit, boolean trackStock, long costKobo, UUID categoryId) {
        var view = view(new ProductId(UUID.randomUUID()), unit, trackStock, costKobo, categoryId);
        publish(new ProductSaved(view));
        return view.id();
    }

    public static ProductView view(ProductId id, Unit unit, boolean trackStock, long costKobo, UUID categoryId) {
        var sku = "SKU-" + id.value().toString().substring(0, 8).toUpperCase();
        return new ProductView(id, sku, "Product " + sku, List.of(), categoryId, unit, 85_000, costKobo,
                VatClass.STANDARD, trackStock, true);
    }

    public void publish(Object event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }
}
