package com.astroaxis.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.astroaxis.branches.OversellPolicy;
import com.astroaxis.catalog.Unit;
import com.astroaxis.testing.Http;

import org.junit.jupiter.api.Test;

/** Transfers between branches: dispatched from A, received (perhaps short) at B. */
class TransferApiTest extends InventoryApiTestSupport {

    @Test
    void aTransferOfTenReceivedAsEightLeavesAMinusTenBPlusEightAndAShortfallOfTwo() {
        var branchA = fixtures.branch(OversellPolicy.BLOCK);
        var branchB = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.PIECE);
        assertStatus(adjust(branchA, product, "15", "FOUND", admin), 201);

        var dispatched = post("/api/v1/stock/transfers", "{\"fromBranchId\":\"" + branchA + "\",\"toBranchId\":\""
                + branchB + "\",\"lines\":[{\"productId\":\"" + product + "\",\"quantity\":10}],\"note\":\"restock\"}",
                admin);
        assertStatus(dispatched, 201);
        var id = Http.json(dispatched).get("id").asString();
        assertThat(Http.json(dispatched).get("status").asString()).isEqualTo("DISPATCHED");
        assertThat(level(branchA, product)).isEqualTo("5");
        assertThat(level(branchB, product)).isEqualTo("0");

        var received = post("/api/v1/stock/transfers/" + id + "/receive", "{\"lines\":[{\"productId\":\"" + product
                + "\",\"quantity\":8}]}", admin);

        assertStatus(received, 200);
        var transfer = Http.json(received);
        assertThat(transfer.get("status").asString()).isEqualTo("RECEIVED");
        var line = transfer.get("lines").get(0);
        assertThat(line.get("sent").asString()).isEqualTo("10");
        assertThat(line.get("received").asString()).isEqualTo("8");
        assertThat(line.get("shortfall").asString()).isEqualTo("2");
        assertThat(level(branchA, product)).isEqualTo("5");
        assertThat(level(branchB, product)).isEqualTo("8");
        var kinds = jdbc.sql("select kind || ':' || branch_id || ':' || quantity_milli from in_movement "
                + "where document_type = 'transfer' and document_id = ?").param(id).query(String.class).list();
        assertThat(kinds).containsExactlyInAnyOrder("TRANSFER_OUT:" + branchA + ":-10000",
                "TRANSFER_IN:" + branchB + ":8000");
        var shortfall = jdbc.sql("select shortfall_milli from in_transfer_line where transfer_id = ?::uuid")
                .param(id).query(Long.class).single();
        assertThat(shortfall).isEqualTo(2000L);
        assertThat(Http.json(get("/api/v1/stock/transfers/" + id, admin)).get("lines").get(0).get("shortfall")
                .asString()).isEqualTo("2");
    }

    @Test
    void receivingMoreThanWasSentOrReceivingTwiceIsRefused() {
        var branchA = fixtures.branch(OversellPolicy.BLOCK);
        var branchB = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.PIECE);
        assertStatus(adjust(branchA, product, "5", "FOUND", admin), 201);
        var id = dispatch(branchA, branchB, product, "5");
        var receipt = "{\"lines\":[{\"productId\":\"" + product + "\",\"quantity\":%s}]}";

        assertField(post("/api/v1/stock/transfers/" + id + "/receive", receipt.formatted("6"), admin),
                "lines[0].quantity");
        assertStatus(post("/api/v1/stock/transfers/" + id + "/receive", receipt.formatted("5"), admin), 200);
        assertStatus(post("/api/v1/stock/transfers/" + id + "/receive", receipt.formatted("5"), admin), 409);
        assertThat(level(branchB, product)).isEqualTo("5");
    }

    @Test
    void aTransferCannotTakeMoreThanTheSendingBranchHolds() {
        var branchA = fixtures.branch(OversellPolicy.BLOCK);
        var branchB = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.PIECE);
        assertStatus(adjust(branchA, product, "2", "FOUND", admin), 201);

        var response = post("/api/v1/stock/transfers", "{\"fromBranchId\":\"" + branchA + "\",\"toBranchId\":\""
                + branchB + "\",\"lines\":[{\"productId\":\"" + product + "\",\"quantity\":3}]}", admin);

        assertStatus(response, 409);
        assertThat(level(branchA, product)).isEqualTo("2");
        assertThat(jdbc.sql("select count(*) from in_transfer where from_branch_id = ?").param(branchA.value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyStaffOfTheReceivingBranchMayReceive() {
        var branchA = fixtures.branch(OversellPolicy.BLOCK);
        var branchB = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.PIECE);
        assertStatus(adjust(branchA, product, "4", "FOUND", admin), 201);
        var managerA = userIn("Manager", branchA.value());
        var managerB = userIn("Manager", branchB.value());
        var outsider = userIn("Manager", fixtures.branch(OversellPolicy.BLOCK).value());
        var id = dispatch(branchA, branchB, product, "4");
        var receipt = "{\"lines\":[{\"productId\":\"" + product + "\",\"quantity\":4}]}";

        assertStatus(post("/api/v1/stock/transfers/" + id + "/receive", receipt, managerA), 403);
        assertStatus(post("/api/v1/stock/transfers/" + id + "/receive", receipt, outsider), 404);
        assertStatus(get("/api/v1/stock/transfers/" + id, outsider), 404);
        assertThat(Http.json(get("/api/v1/stock/transfers?branchId=" + branchB, managerB)).get("total").asLong())
                .isEqualTo(1);
        assertStatus(post("/api/v1/stock/transfers/" + id + "/receive", receipt, managerB), 200);
        assertThat(level(branchB, product)).isEqualTo("4");
    }

    private String dispatch(Object from, Object to, Object product, String quantity) {
        var response = post("/api/v1/stock/transfers", "{\"fromBranchId\":\"" + from + "\",\"toBranchId\":\"" + to
                + "\",\"lines\":[{\"productId\":\"" + product + "\",\"quantity\":" + quantity + "}]}", admin);
        assertStatus(response, 201);
        return Http.json(response).get("id").asString();
    }
}
