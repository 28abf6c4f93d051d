package com.astroaxis.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import com.astroaxis.branches.OversellPolicy;
import com.astroaxis.catalog.Unit;
import com.astroaxis.testing.Http;
import com.astroaxis.testing.MutableClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Levels, adjustments, reorder levels, movements and the export, through the API. */
class StockApiTest extends InventoryApiTestSupport {

    @Autowired
    MutableClock clock;

    @Test
    void fiftySimultaneousAdjustmentsOfOneLeaveTheLevelExactlyFiftyHigherAndEqualToTheLedger() throws Exception {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.PIECE);
        assertStatus(adjust(branch, product, "7", "FOUND", admin), 201);

        var gate = new CountDownLatch(1);
        var statuses = new ArrayList<Future<Integer>>();
        try (var pool = Executors.newFixedThreadPool(50)) {
            for (int i = 0; i < 50; i++) {
                statuses.add(pool.submit(() -> {
                    gate.await();
                    return adjust(branch, product, "1", "FOUND", admin).statusCode();
                }));
            }
            gate.countDown();
            for (var status : statuses) {
                assertThat(status.get()).isEqualTo(201);
            }
        }

        assertThat(level(branch, product)).isEqualTo("57");
        long ledger = jdbc.sql("select sum(quantity_milli) from in_movement where product_id = ? and branch_id = ?")
                .params(product.value(), branch.value()).query(Long.class).single();
        assertThat(ledger).isEqualTo(57_000L);
        // each movement knows the level it left behind: 8, 9, … 57, every value once
        var levelsAfter = jdbc.sql("select level_after_milli / 1000 from in_movement where product_id = ? "
                + "and branch_id = ? order by level_after_milli").params(product.value(), branch.value())
                .query(Long.class).list();
        assertThat(levelsAfter).containsExactlyElementsOf(LongStream.rangeClosed(7, 57).boxed().toList());
    }

    @Test
    void anAdjustmentNeedsAReasonThatFitsItsDirectionAndAnswersWithTheLevelAfter() {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.KILOGRAM);

        var found = adjust(branch, product, "5.25", "FOUND", admin);
        var damaged = adjust(branch, product, "-1.5", "DAMAGED", admin);

        assertStatus(found, 201);
        assertThat(Http.json(found).get("movementId").asString()).isNotBlank();
        assertThat(Http.json(damaged).get("quantityAfter").asString()).isEqualTo("3.75");
        assertField(adjust(branch, product, "2", "DAMAGED", admin), "quantity");
        assertField(adjust(branch, product, "2", "MISLAID", admin), "reasonCode");
        assertField(adjust(branch, product, "0", "CORRECTION", admin), "quantity");
        assertField(adjust(branch, product, "1.0005", "FOUND", admin), "quantity");
        assertField(post("/api/v1/stock/adjustments", "{\"branchId\":\"" + branch + "\",\"productId\":\"" + product
                + "\",\"quantity\":1,\"reasonCode\":\"OTHER\"}", admin), "note");
        assertStatus(adjust(branch, product, "-10", "THEFT", admin), 409);
        assertThat(level(branch, product)).isEqualTo("3.75");
    }

    @Test
    void aFractionOfAPieceIsRefusedNamingTheQuantity() {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var piece = fixtures.product(Unit.PIECE);

        var response = adjust(branch, piece, "1.5", "FOUND", admin);

        assertField(response, "quantity");
        assertThat(level(branch, piece)).isEqualTo("0");
    }

    @Test
    void unknownProductsAndBranchesAndUntrackedProductsAreRefused() {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.PIECE);
        var untracked = fixtures.product(Unit.PIECE, false, 0, null);

        assertStatus(adjust(branch, java.util.UUID.randomUUID(), "1", "FOUND", admin), 404);
        assertStatus(adjust(java.util.UUID.randomUUID(), product, "1", "FOUND", admin), 404);
        assertStatus(adjust(branch, untracked, "1", "FOUND", admin), 409);
    }

    @Test
    void aCashierLimitedToBranchACannotReadOrChangeBranchBsStock() {
        var branchA = fixtures.branch(OversellPolicy.BLOCK);
        var branchB = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.PIECE);
        assertStatus(adjust(branchA, product, "3", "FOUND", admin), 201);
        assertStatus(adjust(branchB, product, "4", "FOUND", admin), 201);
        var cashier = userIn("Cashier", branchA.value());
        var manager = userIn("Manager", branchA.value());

        var ownBranch = get("/api/v1/stock?branchId=" + branchA, cashier);
        var otherBranch = get("/api/v1/stock?branchId=" + branchB, cashier);
        var everything = get("/api/v1/stock?productId=" + product, cashier);
        var movements = get("/api/v1/stock/movements?branchId=" + branchB, cashier);
        var allMovements = get("/api/v1/stock/movements?productId=" + product, cashier);

        assertStatus(ownBranch, 200);
        assertThat(ownBranch.body()).contains(product.toString());
        assertStatus(otherBranch, 404);
        assertThat(everything.body()).contains(branchA.toString()).doesNotContain(branchB.toString());
        assertStatus(movements, 404);
        assertThat(Http.json(allMovements).get("total").asLong()).isEqualTo(1);
        assertStatus(adjust(branchA, product, "1", "FOUND", cashier), 403);
        assertStatus(adjust(branchB, product, "1", "FOUND", manager), 404);
        assertThat(get("/api/v1/stock/export?branchId=" + branchB, cashier).statusCode()).isEqualTo(404);
    }

    @Test
    void reorderLevelsMakeALowStockList() {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.PIECE);
        assertStatus(adjust(branch, product, "6", "FOUND", admin), 201);

        var set = put("/api/v1/stock/reorder-levels", "{\"productId\":\"" + product + "\",\"branchId\":\"" + branch
                + "\",\"level\":5}", admin);
        assertStatus(set, 200);
        assertThat(Http.json(get("/api/v1/stock/low?branchId=" + branch, admin))).isEmpty();
        assertStatus(adjust(branch, product, "-2", "EXPIRED", admin), 201);

        var low = Http.json(get("/api/v1/stock/low?branchId=" + branch, admin));
        assertThat(low).hasSize(1);
        assertThat(low.get(0).get("productId").asString()).isEqualTo(product.toString());
        assertThat(low.get(0).get("quantity").asString()).isEqualTo("4");
        assertThat(low.get(0).get("reorderLevel").asString()).isEqualTo("5");
        assertThat(low.get(0).get("low").asBoolean()).isTrue();
        assertField(put("/api/v1/stock/reorder-levels", "{\"productId\":\"" + product + "\",\"branchId\":\"" + branch
                + "\",\"level\":-1}", admin), "level");
    }

    @Test
    void movementsAreListedNewestFirstAPageAtATime() {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.PIECE);
        for (int i = 1; i <= 3; i++) {
            assertStatus(adjust(branch, product, String.valueOf(i), "FOUND", admin), 201);
            clock.advance(Duration.ofSeconds(1));
        }

        var page = Http.json(get("/api/v1/stock/movements?productId=" + product + "&size=2", admin));

        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("items").valueStream().map(m -> m.get("quantity").asString() + "→"
                + m.get("levelAfter").asString())).containsExactly("3→6", "2→3");
        var last = Http.json(get("/api/v1/stock/movements?productId=" + product + "&size=2&page=1", admin));
        assertThat(last.get("items").get(0).get("levelAfter").asString()).isEqualTo("1");
        var first = page.get("items").get(0);
        assertThat(first.get("kind").asString()).isEqualTo("ADJUSTMENT");
        assertThat(first.get("reasonCode").asString()).isEqualTo("FOUND");
        assertThat(first.get("actor").asString()).isEqualTo(admin.username());
        assertField(get("/api/v1/stock/movements?size=500", admin), "size");
    }
}
