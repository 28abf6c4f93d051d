package com.astroaxis.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import com.astroaxis.branches.BranchId;
import com.astroaxis.branches.OversellPolicy;
import com.astroaxis.catalog.OpeningStockDeclared;
import com.astroaxis.catalog.ProductId;
import com.astroaxis.catalog.Unit;
import com.astroaxis.platform.quantity.Quantity;
import com.astroaxis.platform.web.ProblemException;
import com.astroaxis.testing.PostgresIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** The ledger through the module's API, as the sales module and the catalogue's import will use it. */
@RecordApplicationEvents
class StockLedgerTest extends PostgresIntegrationTest {

    @Autowired
    InventoryManagement inventory;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents published;
    StockFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new StockFixtures(transaction, events);
    }

    @Test
    void everyLevelEqualsItsLedgerSumAfterARandomMixOfMovements() {
        var random = new Random(20261121);
        var branches = List.of(fixtures.branch(OversellPolicy.ALLOW_AND_FLAG), fixtures.branch(OversellPolicy.BLOCK));
        var products = List.of(fixtures.product(Unit.PIECE), fixtures.product(Unit.KILOGRAM),
                fixtures.product(Unit.LITRE));
        int refused = 0;
        for (int i = 0; i < 300; i++) {
            var product = products.get(random.nextInt(products.size()));
            var branch = branches.get(random.nextInt(branches.size()));
            var quantity = product.equals(products.getFirst()) ? Quantity.of(1 + random.nextInt(5))
                    : Quantity.ofMilli(1 + random.nextInt(5000));
            try {
                switch (random.nextInt(3)) {
                    case 0 -> inventory.record(MovementKind.SALE, product, branch, quantity, "sale", "s" + i);
                    case 1 -> inventory.record(MovementKind.RETURN, product, branch, quantity, "sale", "r" + i);
                    default -> inventory.receive(product, branch, quantity, 100 + random.nextInt(900), "test", null);
                }
            } catch (ProblemException insufficient) {
                assertThat(insufficient.type()).isEqualTo("insufficient-stock");
                refused++;
            }
        }

        for (var product : products) {
            for (var branch : branches) {
                long ledger = jdbc.sql("select coalesce(sum(quantity_milli), 0) from in_movement where product_id = ? "
                        + "and branch_id = ?").params(product.value(), branch.value()).query(Long.class).single();
                long level = jdbc.sql("select coalesce(max(quantity_milli), 0) from in_stock_level where product_id = ? "
                        + "and branch_id = ?").params(product.value(), branch.value()).query(Long.class).single();
                assertThat(level).as("level of %s at %s", product, branch).isEqualTo(ledger);
                assertThat(inventory.level(product, branch).milli()).isEqualTo(level);
                if (branch.equals(branches.get(1))) {
                    assertThat(level).as("a branch that blocks overselling never goes below zero").isNotNegative();
                }
            }
        }
        assertThat(refused).as("some sales met an empty shelf at the blocking branch").isPositive();
    }

    @Test
    void aBranchThatBlocksOversellingLetsOnlyOneOfTwoSimultaneousSalesTakeTheLastItem() throws Exception {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.PIECE);
        inventory.receive(product, branch, Quantity.of(1), 500, "test", null);

        var outcomes = race(2, () -> inventory.record(MovementKind.SALE, product, branch, Quantity.of(1), "sale",
                UUID.randomUUID().toString()));

        assertThat(outcomes).filteredOn(o -> o instanceof RecordedMovement).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof ProblemException p && p.type().equals("insufficient-stock"))
                .hasSize(1);
        assertThat(inventory.level(product, branch)).isEqualTo(Quantity.ZERO);
        assertThatThrownBy(() -> inventory.record(MovementKind.SALE, product, branch, Quantity.of(1), "sale", "x"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status().value()).isEqualTo(409));
    }

    @Test
    void aBranchThatAllowsOversellingGoesNegativeAndFlagsTheSale() {
        var branch = fixtures.branch(OversellPolicy.ALLOW_AND_FLAG);
        var product = fixtures.product(Unit.PIECE);
        inventory.receive(product, branch, Quantity.of(1), 500, "test", null);

        var sale = inventory.record(MovementKind.SALE, product, branch, Quantity.of(3), "sale", "S-1");

        assertThat(sale.levelAfter()).isEqualTo(Quantity.of(-2));
        var flags = jdbc.sql("select level_after_milli from in_oversell_flag where movement_id = ?")
                .param(sale.movementId()).query(Long.class).list();
        assertThat(flags).containsExactly(-2000L);
    }

    @Test
    void stockLowIsPublishedOnceEachTimeTheLevelCrossesTheReorderLevel() {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.PIECE);
        inventory.receive(product, branch, Quantity.of(10), 500, "test", null);
        jdbc.sql("insert into in_reorder_level (product_id, branch_id, level_milli) values (?, ?, 5000)")
                .params(product.value(), branch.value()).update();

        sell(product, branch, 4); // 6: above
        sell(product, branch, 1); // 5: crosses
        sell(product, branch, 1); // 4: already low
        assertThat(published.stream(StockLow.class)).containsExactly(
                new StockLow(product, branch, Quantity.of(5), Quantity.of(5)));

        inventory.record(MovementKind.RETURN, product, branch, Quantity.of(4), "sale", "R-1"); // 8: above again
        sell(product, branch, 5); // 3: crosses again

        assertThat(published.stream(StockLow.class)).hasSize(2).last()
                .isEqualTo(new StockLow(product, branch, Quantity.of(3), Quantity.of(5)));
    }

    @Test
    void refusesUnknownProductsAndBranchesUntrackedProductsAndFractionsOfAPiece() {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var piece = fixtures.product(Unit.PIECE);
        var service = fixtures.product(Unit.PIECE, false, 0, null);

        assertThatThrownBy(() -> inventory.receive(new ProductId(UUID.randomUUID()), branch, Quantity.of(1), 1, "t", null))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status().value()).isEqualTo(404));
        assertThatThrownBy(() -> inventory.receive(piece, new BranchId(UUID.randomUUID()), Quantity.of(1), 1, "t", null))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status().value()).isEqualTo(404));
        assertThatThrownBy(() -> inventory.receive(service, branch, Quantity.of(1), 1, "t", null))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.type()).isEqualTo("stock-not-tracked"));
        assertThatThrownBy(() -> inventory.record(MovementKind.SALE, piece, branch, Quantity.ofMilli(1500), "sale", "1"))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status().value()).isEqualTo(400);
                    assertThat(p.properties().get("errors").toString()).contains("field=quantity");
                });
        assertThat(jdbc.sql("select count(*) from in_movement where product_id in (?, ?)")
                .params(piece.value(), service.value()).query(Long.class).single()).isZero();
    }

    @Test
    void weighedGoodsMoveInThousandths() {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var rice = fixtures.product(Unit.KILOGRAM);

        inventory.receive(rice, branch, Quantity.parse("10.5"), 120_000, "test", null);
        var sale = inventory.record(MovementKind.SALE, rice, branch, Quantity.parse("1.255"), "sale", "S-2");

        assertThat(sale.levelAfter()).isEqualTo(Quantity.parse("9.245"));
    }

    @Test
    void openingStockFromAnImportBecomesAReceiptInTheImportsTransaction() {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.PIECE);

        fixtures.publish(new OpeningStockDeclared("import-7",
                List.of(new OpeningStockDeclared.Line(product, branch.value(), Quantity.of(12), 45_000))));

        assertThat(inventory.level(product, branch)).isEqualTo(Quantity.of(12));
        var kind = jdbc.sql("select kind || ' ' || document_type || ' ' || document_id || ' ' || unit_cost_kobo "
                + "from in_movement where product_id = ?").param(product.value()).query(String.class).single();
        assertThat(kind).isEqualTo("RECEIPT opening-stock import-7 45000");
        assertThat(jdbc.sql("select cost_kobo from in_product where id = ?").param(product.value())
                .query(Long.class).single()).isEqualTo(45_000L);
    }

    @Test
    void aBatchOfOpeningStockEndsExactlyWhereTheSameReceiptsOneByOneWould() {
        var shop = fixtures.branch(OversellPolicy.BLOCK);
        var store = fixtures.branch(OversellPolicy.ALLOW_AND_FLAG);
        var batched = List.of(fixtures.product(Unit.PIECE, true, 10_000, null),
                fixtures.product(Unit.KILOGRAM, true, 10_000, null), fixtures.product(Unit.PIECE, true, 0, null));
        var single = List.of(fixtures.product(Unit.PIECE, true, 10_000, null),
                fixtures.product(Unit.KILOGRAM, true, 10_000, null), fixtures.product(Unit.PIECE, true, 0, null));
        // Both sets start with stock already on hand, so the weighted average has an old cost to weigh.
        for (var products : List.of(batched, single)) {
            inventory.receive(products.get(0), shop, Quantity.of(3), 10_000, "test", null);
            inventory.receive(products.get(1), store, Quantity.parse("0.5"), 10_000, "test", null);
        }
        record Receipt(int product, BranchId branch, Quantity quantity, long cost) {
        }
        var receipts = List.of(new Receipt(0, shop, Quantity.of(7), 12_345),
                new Receipt(1, shop, Quantity.parse("2.25"), 9_999),
                new Receipt(0, store, Quantity.of(1), 1), new Receipt(2, store, Quantity.of(40), 333),
                new Receipt(1, shop, Quantity.parse("0.001"), 50_000), new Receipt(0, shop, Quantity.of(5), 11_111));

        fixtures.publish(new OpeningStockDeclared("import-batch", receipts.stream()
                .map(r -> new OpeningStockDeclared.Line(batched.get(r.product()), r.branch().value(), r.quantity(),
                        r.cost()))
                .toList()));
        for (var r : receipts) {
            inventory.receive(single.get(r.product()), r.branch(), r.quantity(), r.cost(), "test", null);
        }

        for (int i = 0; i < batched.size(); i++) {
            for (var branch : List.of(shop, store)) {
                assertThat(inventory.level(batched.get(i), branch)).as("product %d", i)
                        .isEqualTo(inventory.level(single.get(i), branch));
                assertThat(ledgerSum(batched.get(i), branch)).isEqualTo(inventory.level(batched.get(i), branch).milli());
            }
            assertThat(cost(batched.get(i))).as("weighted-average cost of product %d", i)
                    .isEqualTo(cost(single.get(i)));
        }
        assertThat(cost(batched.get(0))).isNotEqualTo(10_000L);
        assertThat(jdbc.sql("select count(*) from in_movement where document_id = 'import-batch'").query(Long.class)
                .single()).isEqualTo(receipts.size());
        // product 0 at the shop: 3 on hand, then +7 and +5 from the batch
        assertThat(jdbc.sql("select level_after_milli from in_movement where document_id = 'import-batch' "
                        + "and product_id = ? and branch_id = ? order by level_after_milli")
                .params(batched.get(0).value(), shop.value()).query(Long.class).list())
                .containsExactly(10_000L, 15_000L);
        assertThat(published.stream(AverageCostChanged.class)
                .filter(e -> batched.contains(e.productId()))).hasSize(3);
    }

    @Test
    void aBatchWithOneBadLineRecordsNoneOfIt() {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var good = fixtures.product(Unit.KILOGRAM);
        var pieces = fixtures.product(Unit.PIECE);
        var untracked = fixtures.product(Unit.PIECE, false, 70_000, null);

        assertThatThrownBy(() -> fixtures.publish(new OpeningStockDeclared("import-bad", List.of(
                new OpeningStockDeclared.Line(good, branch.value(), Quantity.parse("1.5"), 100),
                new OpeningStockDeclared.Line(pieces, branch.value(), Quantity.parse("1.5"), 100)))))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.properties().get("errors").toString()).contains("opening_quantity",
                                "whole number"));
        assertThatThrownBy(() -> fixtures.publish(new OpeningStockDeclared("import-bad", List.of(
                new OpeningStockDeclared.Line(good, branch.value(), Quantity.of(2), 100),
                new OpeningStockDeclared.Line(untracked, branch.value(), Quantity.of(1), 100)))))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.type()).isEqualTo("stock-not-tracked"));
        assertThatThrownBy(() -> fixtures.publish(new OpeningStockDeclared("import-bad", List.of(
                new OpeningStockDeclared.Line(good, UUID.randomUUID(), Quantity.of(2), 100)))))
                .isInstanceOf(ProblemException.class);

        assertThat(inventory.level(good, branch)).isEqualTo(Quantity.of(0));
        assertThat(jdbc.sql("select count(*) from in_movement where document_id = 'import-bad'").query(Long.class)
                .single()).isZero();
    }

    private long ledgerSum(ProductId product, BranchId branch) {
        return jdbc.sql("select coalesce(sum(quantity_milli), 0) from in_movement where product_id = ? "
                + "and branch_id = ?").params(product.value(), branch.value()).query(Long.class).single();
    }

    private long cost(ProductId product) {
        return jdbc.sql("select cost_kobo from in_product where id = ?").param(product.value()).query(Long.class)
                .single();
    }

    @Test
    void theLedgerRefusesToChangeOrForgetAMovement() {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.PIECE);
        var receipt = inventory.receive(product, branch, Quantity.of(2), 100, "test", null);

        assertThatThrownBy(() -> jdbc.sql("update in_movement set quantity_milli = 9000 where id = ?")
                .param(receipt.movementId()).update()).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from in_movement where id = ?").param(receipt.movementId()).update())
                .rootCause().hasMessageContaining("append-only");
    }

    private void sell(ProductId product, BranchId branch, long units) {
        inventory.record(MovementKind.SALE, product, branch, Quantity.of(units), "sale", UUID.randomUUID().toString());
    }

    /** Runs the task on {@code count} threads released together; each result or exception. */
    static List<Object> race(int count, Callable<Object> task) throws Exception {
        var gate = new java.util.concurrent.CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(count)) {
            var futures = new ArrayList<java.util.concurrent.Future<Object>>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    try {
                        return task.call();
                    } catch (Exception e) {
                        return e;
                    }
                }));
            }
            gate.countDown();
            var outcomes = new ArrayList<>();
            for (var future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        }
    }
}
