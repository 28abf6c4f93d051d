package com.astroaxis.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.astroaxis.branches.OversellPolicy;
import com.astroaxis.catalog.Unit;
import com.astroaxis.inventory.internal.PurchasingService;
import com.astroaxis.inventory.internal.ReasonCode;
import com.astroaxis.inventory.internal.StockExport;
import com.astroaxis.inventory.internal.StockService;
import com.astroaxis.inventory.internal.StocktakeService;
import com.astroaxis.inventory.internal.TransferService;
import com.astroaxis.platform.quantity.Quantity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The zero-setup embedded database (H2) runs the same stock SQL: movements, transfers, counts, orders, export, the
 * list of stock sold below zero.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "DATA_DIR=target/inventory-embedded-data")
class InventoryOnEmbeddedDatabaseTest {

    @Autowired
    InventoryManagement inventory;
    @Autowired
    StockService stock;
    @Autowired
    TransferService transfers;
    @Autowired
    StocktakeService stocktakes;
    @Autowired
    PurchasingService purchasing;
    @Autowired
    StockExport export;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;

    @BeforeAll
    static void startFromAnEmptyDataDirectory() throws IOException {
        FileSystemUtils.deleteRecursively(Path.of("target/inventory-embedded-data"));
    }

    @Test
    void everyStockOperationWorksOnTheEmbeddedDatabase() {
        var fixtures = new StockFixtures(transaction, events);
        var shop = fixtures.branch(OversellPolicy.BLOCK);
        var warehouse = fixtures.branch(OversellPolicy.ALLOW_AND_FLAG);
        var product = fixtures.product(Unit.PIECE);

        var supplier = purchasing.createSupplier(new PurchasingService.SupplierCommand("Dangote", null, null, null));
        var order = purchasing.create(supplier.id(), warehouse.value(), List.of(
                new PurchasingService.OrderLineCommand(product.value(), Quantity.of(20), 100_000L)));
        purchasing.order(order.id());
        purchasing.receive(order.id(), List.of(new TransferService.LineCommand(product.value(), Quantity.of(20))));
        var transfer = transfers.dispatch(warehouse.value(), shop.value(),
                List.of(new TransferService.LineCommand(product.value(), Quantity.of(10))), null);
        transfers.receive(transfer.id(), List.of(new TransferService.LineCommand(product.value(), Quantity.of(9))));
        inventory.record(MovementKind.SALE, product, shop, Quantity.of(2), "sale", "S-1");
        stock.adjust(new StockService.AdjustCommand(shop.value(), product.value(), Quantity.of(-1), ReasonCode.DAMAGED,
                null));
        stock.setReorderLevel(product.value(), shop.value(), Quantity.of(6));
        var sheet = stocktakes.create(shop.value(), null);
        inventory.record(MovementKind.SALE, product, shop, Quantity.of(1), "sale", "S-2");
        stocktakes.count(sheet.id(), List.of(new StocktakeService.CountCommand(product.value(), Quantity.of(4))));
        var variance = stocktakes.variance(sheet.id()).lines().getFirst();
        stocktakes.post(sheet.id());

        assertThat(variance.expected()).isEqualTo(Quantity.of(6));
        assertThat(variance.movementsSince()).isEqualTo(Quantity.of(-1));
        assertThat(variance.variance()).isEqualTo(Quantity.of(-1));
        assertThat(inventory.level(product, shop)).isEqualTo(Quantity.of(4));
        assertThat(inventory.level(product, warehouse)).isEqualTo(Quantity.of(10));
        assertThat(stock.levels(null, product.value(), true)).singleElement()
                .satisfies(level -> assertThat(level.branchId()).isEqualTo(shop.value()));
        assertThat(stock.movements(product.value(), null, com.astroaxis.inventory.internal.Paging.of(0, 50)).total())
                .isEqualTo(7);
        assertThat(export.csv(shop.value())).contains(",PIECE,4,6,true,1000.00,4000.00");

        inventory.record(MovementKind.SALE, product, warehouse, Quantity.of(12), "sale", "S-3");
        assertThat(stock.oversold(null, com.astroaxis.inventory.internal.Paging.of(0, 50)).items()).singleElement()
                .satisfies(flag -> {
                    assertThat(flag.branchId()).isEqualTo(warehouse.value());
                    assertThat(flag.quantity()).isEqualTo(Quantity.of(-12));
                    assertThat(flag.levelAfter()).isEqualTo(Quantity.of(-2));
                    assertThat(flag.documentId()).isEqualTo("S-3");
                });
    }
}
