package com.astroaxis.catalog;

import static com.astroaxis.catalog.CatalogTestData.badCheckDigit;
import static com.astroaxis.catalog.CatalogTestData.ean13;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import com.astroaxis.audit.AuditManagement;
import com.astroaxis.audit.AuditQuery;
import com.astroaxis.catalog.internal.ImportJobs;
import com.astroaxis.identity.IdentityManagement;
import com.astroaxis.platform.quantity.Quantity;
import com.astroaxis.testing.Http;
import com.astroaxis.testing.PostgresIntegrationTest;
import com.astroaxis.testing.TestUsers;
import com.astroaxis.testing.TestUsers.Tokens;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/** CSV imports: every bad row reported by line and column, all-or-nothing writes, categories and opening stock. */
@Import(ProductImportTest.Recorded.class)
@TestPropertySource(properties = "astroaxis.catalog.import-async-rows=500")
class ProductImportTest extends PostgresIntegrationTest {

    static final String HEADER = "sku,name,barcode,price,cost,vat_class,unit,category";

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;
    @Autowired
    AuditManagement audit;
    @Autowired
    Recorded recorded;
    @Autowired
    ImportJobs importJobs;
    @Autowired
    JdbcClient jdbc;
    Http http;
    ProductImportCalls imports;
    TestUsers users;
    Tokens admin;

    record Declared(String document, OpeningStockDeclared.Line line) {
        UUID branchId() {
            return line.branchId();
        }

        Quantity quantity() {
            return line.quantity();
        }

        long unitCostKobo() {
            return line.unitCostKobo();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Recorded {
        /** Every declared line, with the document of its declaration. */
        final List<Declared> openingStock = new CopyOnWriteArrayList<>();
        final List<ProductView> saved = new CopyOnWriteArrayList<>();

        @EventListener
        void on(OpeningStockDeclared event) {
            event.lines().forEach(line -> openingStock.add(new Declared(event.document(), line)));
        }

        @EventListener
        void on(ProductSaved event) {
            saved.add(event.product());
        }
    }

    @BeforeEach
    void setUp() {
        http = Http.onPort(port);
        imports = new ProductImportCalls(http);
        users = new TestUsers(http, identity);
        admin = users.admin();
    }

    @Test
    void aDryRunOfAThousandRowsListsExactlyTheThreeBadLinesAndApplyingImportsNothing() {
        var prefix = prefix();
        var csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 1000; i++) {
            int line = i + 2;
            var barcode = line == 17 ? badCheckDigit(ean13()) : ean13();
            var price = line == 503 ? "-1500.00" : "1500.00";
            var vat = line == 880 ? "LUXURY" : "STANDARD";
            csv.append(prefix).append('-').append(i).append(",Product ").append(i).append(',').append(barcode)
                    .append(',').append(price).append(",1000.00,").append(vat).append(",PIECE,Food > Grains\n");
        }

        var dryRun = Http.json(upload(csv.toString(), true, admin, 200));
        var refused = upload(csv.toString(), false, admin, 422);
        var applied = Http.json(refused);

        assertThat(dryRun.get("valid").asBoolean()).isFalse();
        assertThat(dryRun.get("rows").asInt()).isEqualTo(1000);
        assertThat(dryRun.get("imported").asInt()).isZero();
        var errors = dryRun.get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.valueStream().map(e -> e.get("line").asInt()).toList()).containsExactly(17, 503, 880);
        assertThat(errors.valueStream().map(e -> e.get("column").asString()).toList())
                .containsExactly("barcode", "price", "vat_class");
        assertThat(errors.get(0).get("reason").asString()).contains("check digit");
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(applied.get("type").asString()).endsWith("import-invalid");
        assertThat(applied.get("detail").asString()).contains("3 problems", "nothing was imported");
        assertThat(applied.get("valid").asBoolean()).isFalse();
        assertThat(applied.get("imported").asInt()).isZero();
        assertThat(applied.get("errors")).hasSize(3);
        assertThat(total("q=" + prefix)).isZero();
    }

    @Test
    void aGoodFileImportsEveryRowWithItsCategoriesAndOpeningStock() throws Exception {
        var branchCode = "I" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
        var branch = Http.json(http.post("/api/v1/branches", "application/json",
                "{\"code\":\"" + branchCode + "\",\"name\":\"Import branch\"}", admin.bearer())).get("id").asString();
        var prefix = prefix();
        var top = "Imported " + prefix;
        var csv = new StringBuilder(HEADER).append(",branch_code,opening_quantity\n");
        for (int i = 0; i < 1000; i++) {
            var category = i % 2 == 0 ? top + " > Grains" : top + " >  Oils ";
            csv.append(prefix).append('-').append(i).append(",\"Product, number ").append(i).append("\",")
                    .append(ean13()).append(',').append("8500.00,7000.50,zero-rated,piece,").append(category)
                    .append(',').append(i < 10 ? branchCode.toLowerCase() : "").append(',').append(i < 10 ? "5" : "")
                    .append('\n');
        }

        var started = upload(csv.toString(), false, admin, 202);
        var id = Http.json(started).get("id").asString();
        var done = awaitDone(id);

        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("processedRows").asInt()).isEqualTo(1000);
        assertThat(done.get("totalRows").asInt()).isEqualTo(1000);
        assertThat(total("q=" + prefix)).isEqualTo(1000);
        var product = Http.json(http.get("/api/v1/products?q=" + prefix + "-7&size=200", admin.bearer()))
                .get("items").valueStream().filter(p -> p.get("sku").asString().equals(prefix + "-7")).findFirst()
                .orElseThrow();
        assertThat(product.get("name").asString()).isEqualTo("Product, number 7");
        assertThat(product.get("priceKobo").asLong()).isEqualTo(850000);
        assertThat(product.get("costKobo").asLong()).isEqualTo(700050);
        assertThat(product.get("vatClass").asString()).isEqualTo("ZERO_RATED");
        var categories = http.get("/api/v1/categories", admin.bearer()).body();
        assertThat(categories).contains("\"path\":\"" + top + " > Grains\"", "\"path\":\"" + top + " > Oils\"");
        var declared = recorded.openingStock.stream().filter(e -> e.document().equals("import " + id)).toList();
        assertThat(declared).hasSize(10);
        assertThat(declared).allSatisfy(event -> {
            assertThat(event.branchId()).isEqualTo(UUID.fromString(branch));
            assertThat(event.quantity().toString()).isEqualTo("5");
            assertThat(event.unitCostKobo()).isEqualTo(700050);
        });
        assertThat(recorded.saved.stream().filter(p -> p.sku().startsWith(prefix + "-"))).hasSize(1000);
        var entries = audit.search(new AuditQuery(admin.username(), "product.imported", null, null, 0, 50)).items();
        assertThat(entries).filteredOn(entry -> entry.objectId().equals(id)).singleElement()
                .satisfies(entry -> assertThat(entry.after()).containsEntry("rows", 1000)
                        .containsEntry("openingStockRows", 10));
    }

    @Test
    void aSmallFileIsImportedWhileTheRequestWaitsWithWeighedQuantities() {
        var branchCode = "W" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
        http.post("/api/v1/branches", "application/json", "{\"code\":\"" + branchCode + "\",\"name\":\"Weighed\"}",
                admin.bearer());
        var prefix = prefix();
        var csv = "SKU,Name,Barcode,Price,Cost,VAT_Class,Unit,Category,Branch_Code,Opening_Quantity\r\n"
                + prefix + "-1,Beans per kg," + ean13() + "|INT-" + prefix + ",1200,,EXEMPT,KILOGRAM,," + branchCode + ",2.5\r\n"
                + prefix + "-2,Palm oil,,\"2,500.00\",2000,STANDARD,LITRE,,,\r\n";

        var report = Http.json(upload(csv, false, admin, 200));

        assertThat(report.get("status").asString()).as(report.toString()).isEqualTo("DONE");
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        assertThat(total("q=INT-" + prefix)).isEqualTo(1);
        var declared = recorded.openingStock.stream()
                .filter(e -> e.document().equals("import " + report.get("id").asString())).toList();
        assertThat(declared).singleElement().satisfies(e -> assertThat(e.quantity().milli()).isEqualTo(2500));
    }

    @Test
    void reportsHeaderProblemsDuplicatesAndUnknownBranchesOnTheirLines() {
        var missing = Http.json(upload("sku,name,price\nA,B,1\n", true, admin, 200));
        assertThat(missing.get("valid").asBoolean()).isFalse();
        assertThat(missing.get("errors").toString()).contains("\"line\":1", "\"column\":\"vat_class\"");

        var prefix = prefix();
        var barcode = ean13();
        var csv = HEADER + ",branch_code,opening_quantity\n"
                + prefix + "-1,One," + barcode + ",10,5,STANDARD,PIECE,,,\n"
                + prefix + "-1,Two," + barcode + ",10,5,STANDARD,PIECE,,NOPE,1\n"
                + prefix + "-3,Three,,10,5,STANDARD,PIECE,,,1.5\n"
                + prefix + "-4,Four,,10.005,5,STANDARD,GALLON,,\n";
        var report = Http.json(upload(csv, true, admin, 200));

        assertThat(report.get("rows").asInt()).isEqualTo(4);
        assertThat(report.get("errors").toString()).contains(
                "{\"line\":3,\"column\":\"sku\"", "{\"line\":3,\"column\":\"barcode\"",
                "{\"line\":3,\"column\":\"branch_code\"", "{\"line\":4,\"column\":\"branch_code\"",
                "{\"line\":5,\"reason\":\"has 9 fields");
    }

    @Test
    void onlyCatalogueWritersMayImport() {
        var cashier = users.withRoles(admin, "Cashier");
        upload(HEADER + "\n", true, cashier, 403);
        var unknown = http.get("/api/v1/products/imports/" + UUID.randomUUID(), admin.bearer());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void anImportWhoseServerDiedIsReportedAsFailedNotRunningForEver() {
        var alive = importJobs.start("alive.csv", 10, admin.username());
        var dead = importJobs.start("dead.csv", 10, admin.username());
        importJobs.progress(dead, 4);
        jdbc.sql("update ca_import set heartbeat_at = ? where id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(11), dead).update();

        var status = Http.json(http.get("/api/v1/products/imports/" + dead, admin.bearer()));

        assertThat(status.get("status").asString()).isEqualTo("FAILED");
        assertThat(status.get("imported").asInt()).isZero();
        assertThat(status.get("errors").get(0).get("reason").asString()).contains("stopped before it finished",
                "nothing was imported");
        var running = Http.json(http.get("/api/v1/products/imports/" + alive, admin.bearer()));
        assertThat(running.get("status").asString()).isEqualTo("RUNNING");
        importJobs.failed(alive, "test over");
    }

    private JsonNode awaitDone(String id) throws InterruptedException {
        return imports.awaitDone(id, admin);
    }

    private long total(String query) {
        return Http.json(http.get("/api/v1/products?" + query, admin.bearer())).get("total").asLong();
    }

    private static String prefix() {
        return "IMP" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
    }

    private HttpResponse<String> upload(String csv, boolean dryRun, Tokens as, int expectedStatus) {
        return imports.upload(csv, "?dryRun=" + dryRun, as, expectedStatus);
    }
}
