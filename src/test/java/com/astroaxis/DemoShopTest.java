package com.astroaxis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.astroaxis.audit.AuditManagement;
import com.astroaxis.identity.IdentityManagement;
import com.astroaxis.testing.FreshDatabaseIntegrationTest;
import com.astroaxis.testing.Http;
import com.astroaxis.testing.TestDatabase;
import com.astroaxis.testing.TestUsers;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * DEMO_DATA on the first start against an empty database: the demo shop as a new user finds it, through the API.
 * <p>
 * On a fresh database of its own: the demo shop loads only while there are no users, and the database the other test
 * contexts share has them.
 */
@TestPropertySource(properties = "DEMO_DATA=true")
class DemoShopTest extends FreshDatabaseIntegrationTest {

    private static final String PASSWORD = "astroaxis-demo";



    @LocalServerPort
    int port;
    @Value("${spring.datasource.url}")
    String datasourceUrl;
    @Autowired
    IdentityManagement identity;
    @Autowired
    AuditManagement audit;
    @Autowired
    JdbcClient jdbc;

    Http http;
    TestUsers users;
    TestUsers.Tokens admin;

    @BeforeEach
    void signIn() {
        http = Http.onPort(port);
        users = new TestUsers(http, identity);
        admin = users.login("admin", PASSWORD);
    }

    @Test
    void loadsIntoADatabaseOfItsOwnWithTheDemoStaff() {
        assertThat(datasourceUrl).isNotEqualTo(TestDatabase.jdbcUrl());
        assertThat(identity.userCount()).as("admin, ngozi and tunde").isEqualTo(3);
    }

    @Test
    void hasTwoShopsAndAWarehouse() {
        var branches = byCode(get("/api/v1/branches", admin));

        assertThat(branches).containsOnlyKeys("IKJ", "LEK", "OSH");
        var ikeja = branches.get("IKJ");
        assertThat(ikeja.get("name").asString()).isEqualTo("Ikeja shop");
        assertThat(ikeja.get("kind").asString()).isEqualTo("SHOP");
        assertThat(ikeja.get("address").asString()).contains("Allen Avenue");
        assertThat(ikeja.get("phone").asString()).startsWith("+234");
        assertThat(ikeja.get("radiusMeters").asInt()).isEqualTo(100);
        assertThat(ikeja.get("oversell").asString()).isEqualTo("BLOCK");
        assertThat(branches.get("LEK").get("oversell").asString()).isEqualTo("ALLOW_AND_FLAG");
        assertThat(branches.get("OSH").get("kind").asString()).isEqualTo("WAREHOUSE");
    }

    @Test
    void everyDemoProductIsFoundByNameAndByBarcode() throws IOException {
        var rows = demoProducts();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(40);

        var all = get("/api/v1/products?size=100", admin);
        assertThat(all.get("total").asLong()).isEqualTo(rows.size());
        var rice = get("/api/v1/products?q=rice", admin).get("items");
        assertThat(skus(rice)).contains("RICE-5KG", "RICE-10KG", "RICE-50KG");
        for (var row : rows) {
            for (var barcode : row.get("barcode").split("\\|")) {
                var product = get("/api/v1/products/by-barcode/" + barcode, admin);
                assertThat(product.get("sku").asString()).as(barcode).isEqualTo(row.get("sku"));
            }
        }
        var beans = get("/api/v1/products/by-barcode/INT-BEANSKG", admin);
        assertThat(beans.get("unit").asString()).isEqualTo("KILOGRAM");
        assertThat(beans.get("vatClass").asString()).isEqualTo("ZERO_RATED");
        assertThat(get("/api/v1/products?q=diapers", admin).get("items").get(0).get("vatClass").asString())
                .isEqualTo("EXEMPT");
        var categories = new ArrayList<String>();
        get("/api/v1/categories", admin).forEach(category -> categories.add(category.get("path").asString()));
        assertThat(categories).contains("Food", "Food > Grains & Flour", "Food > Beverages", "Household > Cleaning",
                "Personal Care", "Baby");
    }

    @Test
    void stockLevelsAtEveryBranchEqualTheLedger() {
        var branches = byCode(get("/api/v1/branches", admin));
        for (var code : List.of("IKJ", "LEK", "OSH")) {
            var branch = UUID.fromString(branches.get(code).get("id").asString());
            var ledger = new HashMap<UUID, BigDecimal>();
            jdbc.sql("select product_id, sum(quantity_milli) from in_movement where branch_id = ? group by product_id")
                    .param(branch).query(row -> {
                        ledger.put(row.getObject(1, UUID.class), BigDecimal.valueOf(row.getLong(2), 3));
                    });
            var levels = get("/api/v1/stock?branchId=" + branch, admin);
            assertThat(levels.size()).as(code).isPositive();
            for (var level : levels) {
                var product = UUID.fromString(level.get("productId").asString());
                assertThat(level.get("quantity").decimalValue())
                        .as(code + " " + level.get("sku").asString())
                        .isEqualByComparingTo(ledger.getOrDefault(product, BigDecimal.ZERO));
            }
        }
        assertThat(level("IKJ", "RICE-50KG")).isEqualByComparingTo("3");
        assertThat(level("IKJ", "SUGAR-500")).as("80 opening + 48 received").isEqualByComparingTo("128");
        assertThat(level("IKJ", "BLEACH-1L")).as("24 opening - 2 damaged").isEqualByComparingTo("22");
        assertThat(level("IKJ", "BEANS-KG")).isEqualByComparingTo("48.5");
        assertThat(level("LEK", "WATER-PACK")).as("20 sent, 19 arrived").isEqualByComparingTo("19");
        assertThat(level("OSH", "WATER-PACK")).as("150 received, 20 and 30 sent").isEqualByComparingTo("100");
    }

    @Test
    void theLowStockListOfIkejaNamesWhatToReorder() {
        var ikeja = byCode(get("/api/v1/branches", admin)).get("IKJ").get("id").asString();

        var low = get("/api/v1/stock/low?branchId=" + ikeja, admin);

        assertThat(skus(low)).containsExactlyInAnyOrder("RICE-50KG", "WATER-PACK", "DIAPERS-M-40");
    }

    @Test
    void purchaseOrdersAndTransfersAreInEveryState() {
        var orders = new ArrayList<String>();
        get("/api/v1/purchase-orders", admin).get("items").forEach(order -> orders.add(order.get("status").asString()));
        assertThat(orders).containsExactlyInAnyOrder("RECEIVED", "RECEIVED", "PARTIALLY_RECEIVED");
        var transfers = new ArrayList<String>();
        get("/api/v1/stock/transfers", admin).get("items")
                .forEach(transfer -> transfers.add(transfer.get("status").asString()));
        assertThat(transfers).containsExactlyInAnyOrder("RECEIVED", "DISPATCHED");
        assertThat(get("/api/v1/suppliers", admin).get("items").get(0).get("name").asString())
                .contains("Distributors");
    }

    @Test
    void theCashierSignsInAndSeesOnlyTheIkejaShop() {
        var tunde = users.login("tunde", PASSWORD);
        assertThat(byCode(get("/api/v1/branches", tunde))).containsOnlyKeys("IKJ");
        var ngozi = users.login("ngozi", PASSWORD);
        assertThat(byCode(get("/api/v1/branches", ngozi))).containsOnlyKeys("IKJ", "LEK");
        var me = get("/api/v1/me", tunde);
        assertThat(me.toString()).contains("Cashier");
    }

    @Test
    void everyDemoWriteIsInTheAuditTrail() {
        var actions = new HashSet<String>();
        get("/api/v1/audit?actor=system&size=200", admin).get("items")
                .forEach(entry -> actions.add(entry.get("action").asString()));

        assertThat(actions).contains("user.admin-created", "branch.created", "product.imported",
                "stock.reorder-level-set", "supplier.created", "purchase-order.created", "purchase-order.ordered",
                "purchase-order.received", "stock.transfer-dispatched", "stock.transfer-received", "stock.adjusted",
                "user.created");
        assertThat(audit.verify().ok()).isTrue();
    }

    private BigDecimal level(String branchCode, String sku) {
        var branch = byCode(get("/api/v1/branches", admin)).get(branchCode).get("id").asString();
        for (var level : get("/api/v1/stock?branchId=" + branch, admin)) {
            if (level.get("sku").asString().equals(sku)) {
                return level.get("quantity").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    private JsonNode get(String path, TestUsers.Tokens user) {
        var response = http.get(path, user.bearer());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private static Map<String, JsonNode> byCode(JsonNode branches) {
        var byCode = new HashMap<String, JsonNode>();
        branches.forEach(branch -> byCode.put(branch.get("code").asString(), branch));
        return byCode;
    }

    private static List<String> skus(JsonNode items) {
        var skus = new ArrayList<String>();
        items.forEach(item -> skus.add(item.get("sku").asString()));
        return skus;
    }

    /** The rows of the demo products file, by column name (no field of it holds a quoted comma before barcode). */
    private static List<Map<String, String>> demoProducts() throws IOException {
        var rows = new ArrayList<Map<String, String>>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/products.csv").getInputStream(), StandardCharsets.UTF_8))) {
            var header = reader.readLine().split(",");
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                var fields = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                var row = new HashMap<String, String>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], fields[i].replace("\"", ""));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
