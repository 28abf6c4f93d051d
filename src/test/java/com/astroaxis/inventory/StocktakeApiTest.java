package com.astroaxis.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import com.astroaxis.branches.OversellPolicy;
import com.astroaxis.catalog.Unit;
import com.astroaxis.platform.quantity.Quantity;
import com.astroaxis.testing.Http;
import com.astroaxis.testing.MutableClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Count sheets, counts, the variance report and posting its corrections, while the shop keeps selling. */
class StocktakeApiTest extends InventoryApiTestSupport {

    @Autowired
    InventoryManagement inventory;
    @Autowired
    MutableClock clock;

    @Test
    void aSaleDuringTheCountIsNotMistakenForAVariance() {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var category = UUID.randomUUID();
        var product = fixtures.product(Unit.PIECE, true, 50_000, category);
        var other = fixtures.product(Unit.PIECE, true, 50_000, UUID.randomUUID());
        assertStatus(adjust(branch, product, "10", "FOUND", admin), 201);

        var created = post("/api/v1/stocktakes", "{\"branchId\":\"" + branch + "\",\"categoryId\":\"" + category + "\"}",
                admin);
        assertStatus(created, 201);
        var sheet = Http.json(created);
        var id = sheet.get("id").asString();
        assertThat(sheet.get("status").asString()).isEqualTo("OPEN");
        assertThat(sheet.get("lines")).hasSize(1);
        assertThat(sheet.get("lines").get(0).get("expected").asString()).isEqualTo("10");
        assertThat(created.body()).doesNotContain(other.toString());

        // while the counter walks the shelves, the till sells 3; the shelf then holds 7 and the counter finds 6
        inventory.record(MovementKind.SALE, product, branch, Quantity.of(3), "sale", "S-100");
        assertStatus(put("/api/v1/stocktakes/" + id + "/counts", "{\"lines\":[{\"productId\":\"" + product
                + "\",\"counted\":6}]}", admin), 200);

        var variance = Http.json(get("/api/v1/stocktakes/" + id + "/variance", admin)).get("lines").get(0);
        assertThat(variance.get("expected").asString()).isEqualTo("10");
        assertThat(variance.get("movementsSince").asString()).isEqualTo("-3");
        assertThat(variance.get("counted").asString()).isEqualTo("6");
        assertThat(variance.get("variance").asString()).isEqualTo("-1");

        var posted = post("/api/v1/stocktakes/" + id + "/post", "", admin);
        assertStatus(posted, 200);
        assertThat(Http.json(posted).get("status").asString()).isEqualTo("POSTED");
        assertThat(level(branch, product)).isEqualTo("6");
        var correction = jdbc.sql("select quantity_milli from in_movement where kind = 'COUNT_CORRECTION' "
                + "and document_id = ?").param(id).query(Long.class).list();
        assertThat(correction).containsExactly(-1000L);

        assertStatus(post("/api/v1/stocktakes/" + id + "/post", "", admin), 409);
        assertStatus(put("/api/v1/stocktakes/" + id + "/counts", "{\"lines\":[{\"productId\":\"" + product
                + "\",\"counted\":5}]}", admin), 409);
        assertThat(level(branch, product)).isEqualTo("6");
    }

    @Test
    void countsAreCheckedAndUncountedLinesAreLeftAlone() {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var counted = fixtures.product(Unit.PIECE);
        var uncounted = fixtures.product(Unit.PIECE);
        assertStatus(adjust(branch, counted, "4", "FOUND", admin), 201);
        assertStatus(adjust(branch, uncounted, "9", "FOUND", admin), 201);
        var id = Http.json(post("/api/v1/stocktakes", "{\"branchId\":\"" + branch + "\"}", admin)).get("id").asString();
        var count = "{\"lines\":[{\"productId\":\"%s\",\"counted\":%s}]}";

        assertField(put("/api/v1/stocktakes/" + id + "/counts", count.formatted(counted, "2.5"), admin),
                "lines[0].counted");
        assertField(put("/api/v1/stocktakes/" + id + "/counts", count.formatted(counted, "-1"), admin),
                "lines[0].counted");
        assertField(put("/api/v1/stocktakes/" + id + "/counts", count.formatted(UUID.randomUUID(), "1"), admin),
                "lines[0].productId");
        assertStatus(put("/api/v1/stocktakes/" + id + "/counts", count.formatted(counted, "5"), admin), 200);
        assertStatus(post("/api/v1/stocktakes/" + id + "/post", "", admin), 200);

        assertThat(level(branch, counted)).isEqualTo("5");
        assertThat(level(branch, uncounted)).isEqualTo("9");
    }

    @Test
    void sheetAndVarianceLinesNameTheProductWithItsUnit() {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var category = UUID.randomUUID();
        var beans = fixtures.product(Unit.KILOGRAM, true, 50_000, category);
        assertStatus(adjust(branch, beans, "20.5", "FOUND", admin), 201);
        var sheet = Http.json(post("/api/v1/stocktakes", "{\"branchId\":\"" + branch + "\",\"categoryId\":\""
                + category + "\"}", admin));
        var id = sheet.get("id").asString();
        var sku = "SKU-" + beans.value().toString().substring(0, 8).toUpperCase();

        var line = sheet.get("lines").get(0);
        assertThat(line.get("sku").asString()).isEqualTo(sku);
        assertThat(line.get("name").asString()).isEqualTo("Product " + sku);
        assertThat(line.get("unit").asString()).isEqualTo("KILOGRAM");
        var variance = Http.json(get("/api/v1/stocktakes/" + id + "/variance", admin)).get("lines").get(0);
        assertThat(variance.get("unit").asString()).isEqualTo("KILOGRAM");
    }

    @Test
    void aManagerOfAnotherBranchCannotSeeOrCountTheSheet() {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        fixtures.product(Unit.PIECE);
        var id = Http.json(post("/api/v1/stocktakes", "{\"branchId\":\"" + branch + "\"}", admin)).get("id").asString();
        var elsewhere = userIn("Manager", fixtures.branch(OversellPolicy.BLOCK).value());
        var cashier = userIn("Cashier", branch.value());

        assertStatus(get("/api/v1/stocktakes/" + id, elsewhere), 404);
        assertStatus(post("/api/v1/stocktakes/" + id + "/post", "", elsewhere), 404);
        assertStatus(post("/api/v1/stocktakes", "{\"branchId\":\"" + branch + "\"}", cashier), 403);
    }

    @Test
    void aBranchListsItsCountSheetsNewestFirstWithHowFarEachWasCounted() {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var elsewhere = fixtures.branch(OversellPolicy.BLOCK);
        var first = fixtures.product(Unit.PIECE);
        assertStatus(adjust(branch, first, "4", "FOUND", admin), 201);
        var older = Http.json(post("/api/v1/stocktakes", "{\"branchId\":\"" + branch + "\"}", admin)).get("id")
                .asString();
        clock.advance(Duration.ofMinutes(5));
        var newer = Http.json(post("/api/v1/stocktakes", "{\"branchId\":\"" + branch + "\"}", admin));
        assertStatus(put("/api/v1/stocktakes/" + newer.get("id").asString() + "/counts",
                "{\"lines\":[{\"productId\":\"" + first + "\",\"counted\":4}]}", admin), 200);
        post("/api/v1/stocktakes", "{\"branchId\":\"" + elsewhere + "\"}", admin);

        var listed = Http.json(get("/api/v1/stocktakes?branchId=" + branch, admin));

        assertThat(listed.valueStream().map(sheet -> sheet.get("id").asString()))
                .containsExactly(newer.get("id").asString(), older);
        var latest = listed.get(0);
        assertThat(latest.get("status").asString()).isEqualTo("OPEN");
        assertThat(latest.get("lineCount").asInt()).isEqualTo(newer.get("lines").size()).isPositive();
        assertThat(latest.get("countedCount").asInt()).isEqualTo(1);
        assertThat(latest.has("lines")).isFalse();

        var counterElsewhere = userIn("Manager", elsewhere.value());
        assertThat(get("/api/v1/stocktakes?branchId=" + branch, counterElsewhere).statusCode()).isIn(403, 404);
        assertStatus(get("/api/v1/stocktakes?branchId=" + branch, userIn("Cashier", branch.value())), 403);
        assertField(get("/api/v1/stocktakes", admin), "branchId");
    }
}
