package com.astroaxis.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.astroaxis.audit.AuditManagement;
import com.astroaxis.audit.AuditQuery;
import com.astroaxis.branches.OversellPolicy;
import com.astroaxis.catalog.Unit;
import com.astroaxis.testing.Http;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every inventory write leaves an audit entry naming who did it and why, written in the same transaction. */
class InventoryAuditTest extends InventoryApiTestSupport {

    @Autowired
    AuditManagement audit;

    @Test
    void everyWriteAppearsInTheAuditTrailWithActorAndReason() {
        var branchA = fixtures.branch(OversellPolicy.BLOCK);
        var branchB = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.PIECE);
        var manager = userIn("Manager", branchA.value(), branchB.value());

        assertStatus(adjust(branchA, product, "-0", "FOUND", manager), 400);
        assertStatus(post("/api/v1/stock/adjustments", "{\"branchId\":\"" + branchA + "\",\"productId\":\"" + product
                + "\",\"quantity\":20,\"reasonCode\":\"CORRECTION\",\"note\":\"opening count\"}", manager), 201);
        assertStatus(put("/api/v1/stock/reorder-levels", "{\"productId\":\"" + product + "\",\"branchId\":\""
                + branchA + "\",\"level\":3}", manager), 200);
        var transfer = Http.json(post("/api/v1/stock/transfers", "{\"fromBranchId\":\"" + branchA
                + "\",\"toBranchId\":\"" + branchB + "\",\"lines\":[{\"productId\":\"" + product
                + "\",\"quantity\":10}]}", manager)).get("id").asString();
        assertStatus(post("/api/v1/stock/transfers/" + transfer + "/receive", "{\"lines\":[{\"productId\":\""
                + product + "\",\"quantity\":8}]}", manager), 200);
        var sheet = Http.json(post("/api/v1/stocktakes", "{\"branchId\":\"" + branchA + "\"}", manager))
                .get("id").asString();
        assertStatus(put("/api/v1/stocktakes/" + sheet + "/counts", "{\"lines\":[{\"productId\":\"" + product
                + "\",\"counted\":9}]}", manager), 200);
        assertStatus(post("/api/v1/stocktakes/" + sheet + "/post", "", manager), 200);
        var supplier = Http.json(post("/api/v1/suppliers", "{\"name\":\"Chi Limited\"}", manager)).get("id").asString();
        var order = Http.json(post("/api/v1/purchase-orders", "{\"supplierId\":\"" + supplier + "\",\"branchId\":\""
                + branchA + "\",\"lines\":[{\"productId\":\"" + product + "\",\"quantity\":4,\"unitCostKobo\":5000}]}",
                manager)).get("id").asString();
        assertStatus(post("/api/v1/purchase-orders/" + order + "/order", "", manager), 200);
        assertStatus(post("/api/v1/purchase-orders/" + order + "/receipts", "{\"lines\":[{\"productId\":\""
                + product + "\",\"quantity\":4}]}", manager), 200);

        for (var action : List.of("stock.adjusted", "stock.reorder-level-set", "stock.transfer-dispatched",
                "stock.transfer-received", "stocktake.posted", "supplier.created", "purchase-order.created",
                "purchase-order.ordered", "purchase-order.received")) {
            var entries = audit.search(new AuditQuery(manager.username(), action, null, null, 0, 50)).items();
            assertThat(entries).as(action).hasSize(1);
            assertThat(entries.getFirst().actor()).isEqualTo(manager.username());
            assertThat(entries.getFirst().reason()).as(action + " reason").isNotBlank();
        }
        var adjusted = audit.search(new AuditQuery(manager.username(), "stock.adjusted", null, null, 0, 1)).items()
                .getFirst();
        assertThat(adjusted.reason()).isEqualTo("CORRECTION: opening count");
        assertThat(adjusted.after()).containsEntry("reasonCode", "CORRECTION").containsEntry("note", "opening count");
        var received = audit.search(new AuditQuery(manager.username(), "stock.transfer-received", null, null, 0, 1))
                .items().getFirst();
        assertThat(received.after()).containsEntry("shortfall", "2");
        assertThat(received.reason()).contains("shortfall of 2");
        var posted = audit.search(new AuditQuery(manager.username(), "stocktake.posted", null, null, 0, 1)).items()
                .getFirst();
        assertThat(posted.after().get("corrections").toString()).contains("correction=-1");
    }
}
