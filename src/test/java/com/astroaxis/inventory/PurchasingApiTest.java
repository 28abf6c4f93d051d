package com.astroaxis.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.astroaxis.branches.OversellPolicy;
import com.astroaxis.catalog.Unit;
import com.astroaxis.testing.Http;

import org.junit.jupiter.api.Test;

/** Suppliers and purchase orders: drafted, ordered, received in parts, at a weighted-average cost. */
class PurchasingApiTest extends InventoryApiTestSupport {

    @Test
    void receiptsAtDifferentCostsMoveTheWeightedAverageCost() {
        var branchA = fixtures.branch(OversellPolicy.BLOCK);
        var branchB = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.PIECE, true, 90_000, null);
        var supplier = supplier("Dangote Foods");

        // nothing on hand: the first receipt's cost becomes the cost
        receiveAll(order(supplier, branchA, product, "10", 100_000));
        assertThat(cost(product)).isEqualTo(100_000L);
        // 10 on hand at 1,000.00 (at branch A) and 5 more at 1,300.00 (at branch B): (10×1000 + 5×1300) / 15 = 1,100.00
        receiveAll(order(supplier, branchB, product, "5", 130_000));
        assertThat(cost(product)).isEqualTo(110_000L);
        // 15 at 1,100.00 and 2 at 1,100.17: 18,700.34 / 17 = 1,100.0200 → 1,100.02
        receiveAll(order(supplier, branchA, product, "2", 110_017));
        assertThat(cost(product)).isEqualTo(110_002L);

        assertThat(level(branchA, product)).isEqualTo("12");
        assertThat(level(branchB, product)).isEqualTo("5");
        var costs = jdbc.sql("select unit_cost_kobo from in_movement where product_id = ? and kind = 'RECEIPT' "
                + "order by unit_cost_kobo").param(product.value()).query(Long.class).list();
        assertThat(costs).containsExactly(100_000L, 110_017L, 130_000L);
    }

    @Test
    void anOrderGoesFromDraftToOrderedToPartlyAndFullyReceived() {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.KILOGRAM);
        var id = order(supplier("Olam Nigeria"), branch, product, "10", 60_000);
        var receipt = "{\"lines\":[{\"productId\":\"" + product + "\",\"quantity\":%s}]}";
        var draft = Http.json(get("/api/v1/purchase-orders/" + id, admin));
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("totalKobo").asLong()).isEqualTo(600_000L);

        assertStatus(post("/api/v1/purchase-orders/" + id + "/receipts", receipt.formatted("1"), admin), 409);
        assertStatus(post("/api/v1/purchase-orders/" + id + "/order", "", admin), 200);
        assertStatus(post("/api/v1/purchase-orders/" + id + "/order", "", admin), 409);
        var partly = post("/api/v1/purchase-orders/" + id + "/receipts", receipt.formatted("4.5"), admin);
        assertThat(Http.json(partly).get("status").asString()).isEqualTo("PARTIALLY_RECEIVED");
        assertField(post("/api/v1/purchase-orders/" + id + "/receipts", receipt.formatted("6"), admin),
                "lines[0].quantity");
        var full = post("/api/v1/purchase-orders/" + id + "/receipts", receipt.formatted("5.5"), admin);

        assertThat(Http.json(full).get("status").asString()).isEqualTo("RECEIVED");
        assertThat(Http.json(full).get("lines").get(0).get("received").asString()).isEqualTo("10");
        assertThat(level(branch, product)).isEqualTo("10");
        assertStatus(post("/api/v1/purchase-orders/" + id + "/receipts", receipt.formatted("1"), admin), 409);
        assertThat(Http.json(get("/api/v1/purchase-orders", admin)).get("total").asLong()).isPositive();
    }

    @Test
    void ordersAndSuppliersAreChecked() {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.PIECE);
        var supplier = supplier("Nestlé Nigeria");
        var accountant = userIn("Accountant", branch.value());
        var cashier = userIn("Cashier", branch.value());

        assertField(post("/api/v1/suppliers", "{\"name\":\" \"}", admin), "name");
        assertField(post("/api/v1/suppliers", "{\"name\":\"X\",\"email\":\"not-mail\"}", admin), "email");
        assertStatus(post("/api/v1/suppliers", "{\"name\":\"Y\"}", cashier), 403);
        assertField(post("/api/v1/purchase-orders", orderJson(supplier, branch, product, "1.5", 100), admin),
                "lines[0].quantity");
        assertField(post("/api/v1/purchase-orders", orderJson(supplier, branch, product, "1", -5), admin),
                "lines[0].unitCostKobo");
        assertStatus(post("/api/v1/purchase-orders", orderJson(UUID.randomUUID().toString(), branch, product, "1", 1),
                admin), 404);
        assertStatus(post("/api/v1/purchase-orders", orderJson(supplier, branch, product, "3", 100), accountant), 201);
        assertThat(Http.json(get("/api/v1/suppliers?size=200", accountant)).toString()).contains("Nestlé Nigeria");
    }

    private String supplier(String name) {
        var response = post("/api/v1/suppliers", "{\"name\":\"" + name + "\",\"phone\":\"+2348031234567\","
                + "\"email\":\"orders@example.ng\",\"address\":\"Apapa, Lagos\"}", admin);
        assertStatus(response, 201);
        return Http.json(response).get("id").asString();
    }

    private String order(String supplier, Object branch, Object product, String quantity, long unitCostKobo) {
        var response = post("/api/v1/purchase-orders", orderJson(supplier, branch, product, quantity, unitCostKobo),
                admin);
        assertStatus(response, 201);
        return Http.json(response).get("id").asString();
    }

    private void receiveAll(String id) {
        assertStatus(post("/api/v1/purchase-orders/" + id + "/order", "", admin), 200);
        var order = Http.json(get("/api/v1/purchase-orders/" + id, admin));
        var line = order.get("lines").get(0);
        assertStatus(post("/api/v1/purchase-orders/" + id + "/receipts", "{\"lines\":[{\"productId\":\""
                + line.get("productId").asString() + "\",\"quantity\":" + line.get("quantity").asString() + "}]}",
                admin), 200);
    }

    private long cost(Object product) {
        return jdbc.sql("select cost_kobo from in_product where id = ?::uuid").param(product.toString())
                .query(Long.class).single();
    }

    private static String orderJson(String supplier, Object branch, Object product, String quantity, long cost) {
        return "{\"supplierId\":\"" + supplier + "\",\"branchId\":\"" + branch + "\",\"lines\":[{\"productId\":\""
                + product + "\",\"quantity\":" + quantity + ",\"unitCostKobo\":" + cost + "}]}";
    }
}
