package com.astroaxis.catalog;

import static com.astroaxis.catalog.CatalogTestData.ean13;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.astroaxis.audit.AuditEntryView;
import com.astroaxis.audit.AuditManagement;
import com.astroaxis.audit.AuditQuery;
import com.astroaxis.identity.IdentityManagement;
import com.astroaxis.testing.Http;
import com.astroaxis.testing.PostgresIntegrationTest;
import com.astroaxis.testing.TestUsers;
import com.astroaxis.testing.TestUsers.Tokens;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Imports with {@code mode=update}: the export edited in a spreadsheet and sent back changes the products it names,
 * publishes and audits only real changes, and still refuses what would be wrong (stock, another product's barcode).
 */
@Import(ProductImportTest.Recorded.class)
@TestPropertySource(properties = "astroaxis.catalog.import-async-rows=500")
class ProductImportUpdateTest extends PostgresIntegrationTest {

    static final String HEADER = ProductImportTest.HEADER;

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;
    @Autowired
    AuditManagement audit;
    @Autowired
    ProductImportTest.Recorded recorded;
    @Autowired
    JdbcClient jdbc;
    Http http;
    ProductImportCalls imports;
    Tokens admin;

    @BeforeEach
    void setUp() {
        http = Http.onPort(port);
        imports = new ProductImportCalls(http);
        admin = new TestUsers(http, identity).admin();
    }

    @Test
    void anExportWithTwoPricesAndANameChangedUpdatesThoseProductsOnly() {
        var prefix = prefix();
        var top = "Repriced " + prefix;
        var oldBarcode = ean13();
        var keptBarcode = ean13();
        var created = Http.json(upload(HEADER + "\n"
                + prefix + "-1,Rice," + oldBarcode + ",1000.00,800.00,ZERO_RATED,PIECE," + top + " > Grains\n"
                + prefix + "-2,Beans," + keptBarcode + ",500.00,400.00,ZERO_RATED,KILOGRAM," + top + " > Grains\n"
                + prefix + "-3,Oil,,700.00,600.00,STANDARD,LITRE," + top + " > Oils\n"
                + prefix + "-4,Soap,,300.00,200.00,STANDARD,PIECE,\n"
                + prefix + "-5,Salt,,100.00,80.00,STANDARD,PIECE,\n", false, "create", 200));
        assertThat(created.get("created").asInt()).isEqualTo(5);
        assertThat(created.get("updated").asInt()).isZero();
        var archived = product(prefix + "-5");
        http.send(http.request("/api/v1/products/" + archived.get("id").asString(), admin.bearer())
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"active\":false}")).build());

        var export = http.get("/api/v1/products/export?format=csv", admin.bearer()).body();
        var lines = new ArrayList<String>();
        lines.add(export.lines().findFirst().orElseThrow());
        export.lines().filter(line -> line.startsWith(prefix + "-")).forEach(lines::add);
        assertThat(lines).hasSize(6);
        var newBarcode = ean13();
        lines.set(1, edit(lines.get(1), Map.of(2, newBarcode, 3, "1200.00", 4, "900.00")));
        lines.set(3, edit(lines.get(3), Map.of(1, "Palm oil")));
        lines.set(5, edit(lines.get(5), Map.of(3, "150.00")));
        lines.add(prefix + "-6,Sugar,,250.00,200.00,STANDARD,PIECE," + top + " > Sweet");
        var file = String.join("\r\n", lines) + "\r\n";
        int savedBefore = recorded.saved.size();

        var dryRun = Http.json(upload(file, true, "update", 200));
        var report = Http.json(upload(file, false, "update", 200));

        assertThat(dryRun.get("valid").asBoolean()).as(dryRun.toString()).isTrue();
        assertThat(report.get("status").asString()).as(report.toString()).isEqualTo("DONE");
        assertThat(report.get("rows").asInt()).isEqualTo(6);
        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("updated").asInt()).isEqualTo(3);
        assertThat(report.get("imported").asInt()).isEqualTo(4);
        var importId = report.get("id").asString();

        var rice = product(prefix + "-1");
        assertThat(rice.get("priceKobo").asLong()).isEqualTo(120_000);
        assertThat(rice.get("costKobo").asLong()).isEqualTo(90_000);
        assertThat(rice.get("barcodes").valueStream().map(JsonNode::asString)).containsExactly(newBarcode);
        assertThat(http.get("/api/v1/products/by-barcode/" + oldBarcode, admin.bearer()).statusCode()).isEqualTo(404);
        assertThat(product(prefix + "-2").get("barcodes").valueStream().map(JsonNode::asString))
                .containsExactly(keptBarcode);
        var oil = product(prefix + "-3");
        assertThat(oil.get("name").asString()).isEqualTo("Palm oil");
        assertThat(oil.get("priceKobo").asLong()).isEqualTo(70_000);
        var salt = product(prefix + "-5");
        assertThat(salt.get("priceKobo").asLong()).isEqualTo(15_000);
        assertThat(salt.get("active").asBoolean()).as("an archived product stays archived").isFalse();
        assertThat(product(prefix + "-6").get("name").asString()).isEqualTo("Sugar");

        var saved = recorded.saved.subList(savedBefore, recorded.saved.size()).stream()
                .filter(p -> p.sku().startsWith(prefix + "-")).toList();
        assertThat(saved).extracting(ProductView::sku)
                .containsExactlyInAnyOrder(prefix + "-1", prefix + "-3", prefix + "-5", prefix + "-6");
        assertThat(saved).filteredOn(p -> p.sku().equals(prefix + "-5")).singleElement()
                .satisfies(p -> assertThat(p.active()).isFalse());
        assertThat(jdbc.sql("select catalog_cost_kobo from in_product where sku = ?").param(prefix + "-1")
                .query(Long.class).single()).isEqualTo(90_000L);

        var priceChanges = entries("product.price-changed").stream()
                .filter(entry -> ("import " + importId).equals(entry.reason())).toList();
        assertThat(priceChanges).extracting(AuditEntryView::objectId)
                .containsExactlyInAnyOrder(rice.get("id").asString(), salt.get("id").asString());
        assertThat(priceChanges).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(admin.username()));
        assertThat(priceChanges).filteredOn(entry -> entry.objectId().equals(rice.get("id").asString()))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.before()).containsEntry("priceKobo", 100_000).containsEntry("costKobo", 80_000);
                    assertThat(entry.after()).containsEntry("priceKobo", 120_000).containsEntry("costKobo", 90_000);
                });
        assertThat(entries("product.imported")).filteredOn(entry -> entry.objectId().equals(importId))
                .singleElement().satisfies(entry -> assertThat(entry.after()).containsEntry("created", 1)
                        .containsEntry("updated", 3).containsEntry("rows", 6));

        // the same file again: every row is now identical to its product
        int savedAgain = recorded.saved.size();
        var again = Http.json(upload(file, false, "update", 200));
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(recorded.saved.subList(savedAgain, recorded.saved.size()))
                .noneMatch(p -> p.sku().startsWith(prefix + "-"));
        var againId = again.get("id").asString();
        assertThat(entries("product.price-changed")).noneMatch(entry -> ("import " + againId).equals(entry.reason()));
    }

    @Test
    void aLargeUpdateRunsInTheBackgroundAndReportsWhatItCreatedAndUpdated() throws InterruptedException {
        var prefix = prefix();
        var csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 600; i++) {
            csv.append(prefix).append('-').append(i).append(",Item ").append(i).append(',').append(ean13())
                    .append(",100.00,50.00,STANDARD,PIECE,\n");
        }
        var first = awaitDone(Http.json(upload(csv.toString(), false, "create", 202)).get("id").asString());
        assertThat(first.get("created").asInt()).as(first.toString()).isEqualTo(600);

        var changed = new StringBuilder();
        var rows = csv.toString().split("\n");
        changed.append(rows[0]).append('\n');
        for (int i = 1; i < rows.length; i++) {
            changed.append(i % 2 == 0 ? rows[i].replace(",100.00,", ",110.00,") : rows[i]).append('\n');
        }
        changed.append(prefix).append("-NEW,New item,,10,5,STANDARD,PIECE,\n");
        var id = Http.json(upload(changed.toString(), false, "update", 202)).get("id").asString();
        var done = awaitDone(id);

        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("created").asInt()).isEqualTo(1);
        assertThat(done.get("updated").asInt()).isEqualTo(300);
        assertThat(done.get("imported").asInt()).isEqualTo(301);
        var audited = java.util.stream.IntStream.range(0, 2)
                .mapToObj(page -> audit.search(new AuditQuery(admin.username(), "product.price-changed", null, null,
                        page, 200)).items())
                .flatMap(List::stream).filter(entry -> ("import " + id).equals(entry.reason())).toList();
        assertThat(audited).hasSize(300);
        assertThat(audited).allSatisfy(entry -> assertThat(entry.after()).containsEntry("priceKobo", 11_000));
        assertThat(audit.verify().ok()).as("the chain after entries appended in batches").isTrue();
    }

    @Test
    void createModeStillRefusesAKnownSkuOnItsLine() {
        var prefix = prefix();
        upload(HEADER + "\n" + prefix + "-1,Rice,,1000,800,STANDARD,PIECE,\n", false, "create", 200);
        var file = HEADER + "\n" + prefix + "-2,Beans,,500,400,STANDARD,PIECE,\n"
                + prefix + "-1,Rice,,1100,800,STANDARD,PIECE,\n";

        for (var mode : new String[] {null, "create", "CREATE"}) {
            var refused = Http.json(upload(file, false, mode, 422));
            assertThat(refused.get("errors")).singleElement().satisfies(error -> {
                assertThat(error.get("line").asInt()).isEqualTo(3);
                assertThat(error.get("column").asString()).isEqualTo("sku");
                assertThat(error.get("reason").asString()).contains("already belongs to a product");
            });
            assertThat(refused.get("created").asInt()).isZero();
            assertThat(refused.get("updated").asInt()).isZero();
        }
        assertThat(product(prefix + "-1").get("priceKobo").asLong()).isEqualTo(100_000);
        assertThat(http.get("/api/v1/products?q=" + prefix + "-2", admin.bearer()).body()).contains("\"total\":0");
    }

    @Test
    void openingStockOnAnExistingProductAndAnotherProductsBarcodeAreRefusedOnTheirLines() {
        var branchCode = "U" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
        http.post("/api/v1/branches", "application/json", "{\"code\":\"" + branchCode + "\",\"name\":\"Update\"}",
                admin.bearer());
        var prefix = prefix();
        var taken = ean13();
        upload(HEADER + "\n" + prefix + "-1,Rice,,1000,800,STANDARD,PIECE,\n"
                + prefix + "-2,Beans," + taken + ",500,400,STANDARD,PIECE,\n", false, "create", 200);
        var file = HEADER + ",branch_code,opening_quantity\n"
                + prefix + "-1,Rice,,1200,800,STANDARD,PIECE,," + branchCode + ",5\n"
                + prefix + "-3,Oil,,700,600,STANDARD,PIECE,," + branchCode + ",5\n"
                + prefix + "-1X,Other," + taken + ",10,5,STANDARD,PIECE,,,\n"
                + prefix + "-2,Beans," + taken + ",550,400,STANDARD,PIECE,,,\n";

        var report = Http.json(upload(file, true, "update", 200));
        var refused = Http.json(upload(file, false, "update", 422));

        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("errorCount").asInt()).as(report.toString()).isEqualTo(2);
        var errors = report.get("errors");
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("opening_quantity");
        assertThat(errors.get(0).get("reason").asString()).contains("receipt", "adjustment", "count");
        assertThat(errors.get(1).get("line").asInt()).isEqualTo(4);
        assertThat(errors.get(1).get("column").asString()).isEqualTo("barcode");
        assertThat(errors.get(1).get("reason").asString()).contains(taken, "already belongs to a product");
        assertThat(refused.get("errorCount").asInt()).isEqualTo(2);
        assertThat(product(prefix + "-1").get("priceKobo").asLong()).isEqualTo(100_000);
        assertThat(product(prefix + "-2").get("priceKobo").asLong()).isEqualTo(50_000);

        var stolen = HEADER + "\n" + prefix + "-1,Rice," + taken + ",1000,800,STANDARD,PIECE,\n";
        var stealing = Http.json(upload(stolen, true, "update", 200));
        assertThat(stealing.get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("line").asInt()).isEqualTo(2);
            assertThat(error.get("column").asString()).isEqualTo("barcode");
            assertThat(error.get("reason").asString()).contains(taken, "already belongs to another product");
        });
    }

    @Test
    void anUnknownModeIsRefusedNamingIt() {
        var refused = Http.json(upload(HEADER + "\n", true, "upsert", 400));
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("mode");
    }

    private static String edit(String line, Map<Integer, String> fields) {
        var parts = new ArrayList<>(Arrays.asList(line.split(",", -1)));
        fields.forEach(parts::set);
        return String.join(",", parts);
    }

    private List<AuditEntryView> entries(String action) {
        return audit.search(new AuditQuery(admin.username(), action, null, null, 0, 200)).items();
    }

    private JsonNode product(String sku) {
        return Http.json(http.get("/api/v1/products?q=" + sku + "&size=200", admin.bearer())).get("items")
                .valueStream().filter(p -> p.get("sku").asString().equals(sku)).findFirst().orElseThrow();
    }

    private JsonNode awaitDone(String id) throws InterruptedException {
        return imports.awaitDone(id, admin);
    }

    private static String prefix() {
        return "UPD" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
    }

    private HttpResponse<String> upload(String csv, boolean dryRun, String mode, int expectedStatus) {
        return imports.upload(csv, "?dryRun=" + dryRun + (mode == null ? "" : "&mode=" + mode), admin, expectedStatus);
    }
}
