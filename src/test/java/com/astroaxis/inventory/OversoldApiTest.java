package com.astroaxis.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.astroaxis.branches.OversellPolicy;
import com.astroaxis.catalog.Unit;
import com.astroaxis.testing.Http;
import com.astroaxis.testing.MutableClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** GET /api/v1/stock/oversold: the movements that took a level below zero, for a manager to look into. */
class OversoldApiTest extends InventoryApiTestSupport {

    @Autowired
    MutableClock clock;

    @Test
    void anAdjustmentBelowZeroAtABranchThatAllowsItIsListedWithTheLevelItLeft() {
        var branch = fixtures.branch(OversellPolicy.ALLOW_AND_FLAG);
        var product = fixtures.product(Unit.PIECE);
        assertStatus(adjust(branch, product, "1", "FOUND", admin), 201);

        var theft = adjust(branch, product, "-3", "THEFT", admin);

        assertStatus(theft, 201);
        var page = Http.json(get("/api/v1/stock/oversold?branchId=" + branch, admin));
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("page").asInt()).isZero();
        var flag = page.get("items").get(0);
        assertThat(flag.get("movementId").asString()).isEqualTo(Http.json(theft).get("movementId").asString());
        assertThat(flag.get("productId").asString()).isEqualTo(product.toString());
        assertThat(flag.get("branchId").asString()).isEqualTo(branch.toString());
        assertThat(flag.get("sku").asString()).isEqualTo(StockFixtures.view(product, Unit.PIECE, true, 0, null).sku());
        assertThat(flag.get("name").asString()).startsWith("Product SKU-");
        assertThat(flag.get("kind").asString()).isEqualTo("ADJUSTMENT");
        assertThat(flag.get("quantity").isNumber()).isTrue();
        assertThat(flag.get("quantity").asString()).isEqualTo("-3");
        assertThat(flag.get("levelAfter").isNumber()).isTrue();
        assertThat(flag.get("levelAfter").asString()).isEqualTo("-2");
        assertThat(flag.get("actor").asString()).isEqualTo(admin.username());
        assertThat(flag.get("documentType").asString()).isEqualTo("adjustment");
        assertThat(flag.get("occurredAt").asString()).isNotBlank();
        assertThat(flag.get("flaggedAt").asString()).isNotBlank();
        assertThat(level(branch, product)).isEqualTo("-2");
    }

    @Test
    void aBranchThatBlocksOversellingRefusesTheAdjustmentAndHasNothingToList() {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.PIECE);
        assertStatus(adjust(branch, product, "1", "FOUND", admin), 201);

        assertStatus(adjust(branch, product, "-3", "THEFT", admin), 409);

        var page = Http.json(get("/api/v1/stock/oversold?branchId=" + branch, admin));
        assertThat(page.get("total").asLong()).isZero();
        assertThat(page.get("items")).isEmpty();
        assertThat(level(branch, product)).isEqualTo("1");
    }

    @Test
    void aUserLimitedToAnotherBranchDoesNotSeeTheFlags() {
        var flagged = fixtures.branch(OversellPolicy.ALLOW_AND_FLAG);
        var other = fixtures.branch(OversellPolicy.ALLOW_AND_FLAG);
        var product = fixtures.product(Unit.PIECE);
        assertStatus(adjust(flagged, product, "-1", "CORRECTION", admin), 201);
        var elsewhere = userIn("Manager", other.value());
        var there = userIn("Cashier", flagged.value());

        var asked = get("/api/v1/stock/oversold?branchId=" + flagged, elsewhere);
        var all = Http.json(get("/api/v1/stock/oversold", elsewhere));
        var own = Http.json(get("/api/v1/stock/oversold", there));

        assertStatus(asked, 404);
        assertThat(all.get("total").asLong()).isZero();
        assertThat(all.get("items")).isEmpty();
        assertThat(own.get("total").asLong()).isEqualTo(1);
        assertThat(own.get("items").get(0).get("branchId").asString()).isEqualTo(flagged.toString());
    }

    @Test
    void flagsAreListedNewestFirstAPageAtATime() {
        var branch = fixtures.branch(OversellPolicy.ALLOW_AND_FLAG);
        var product = fixtures.product(Unit.PIECE);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(1)); // the test clock stands still otherwise
            assertStatus(adjust(branch, product, "-1", "DAMAGED", admin), 201);
        }

        var first = Http.json(get("/api/v1/stock/oversold?branchId=" + branch + "&size=2", admin));
        var second = Http.json(get("/api/v1/stock/oversold?branchId=" + branch + "&size=2&page=1", admin));

        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("items").get(0).get("levelAfter").asString()).isEqualTo("-3");
        assertThat(first.get("items").get(1).get("levelAfter").asString()).isEqualTo("-2");
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("levelAfter").asString()).isEqualTo("-1");
        assertField(get("/api/v1/stock/oversold?size=500", admin), "size");
        assertField(get("/api/v1/stock/oversold?page=-1", admin), "page");
    }
}
