package com.astroaxis.catalog;

import static com.astroaxis.catalog.CatalogTestData.badCheckDigit;
import static com.astroaxis.catalog.CatalogTestData.ean13;
import static com.astroaxis.catalog.CatalogTestData.sku;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.time.Duration;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.astroaxis.audit.AuditManagement;
import com.astroaxis.audit.AuditQuery;
import com.astroaxis.files.FileManagement;
import com.astroaxis.files.Samples;
import com.astroaxis.identity.IdentityManagement;
import com.astroaxis.testing.Http;
import com.astroaxis.testing.MutableClock;
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

import tools.jackson.databind.JsonNode;

/** Products through the API: validation of barcodes, SKUs and kobo, uniqueness, archiving, search and the audit. */
@Import(ProductsApiTest.SavedProducts.class)
class ProductsApiTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;
    @Autowired
    AuditManagement audit;
    @Autowired
    FileManagement files;
    @Autowired
    Catalog catalog;
    @Autowired
    SavedProducts saved;
    @Autowired
    MutableClock clock;
    Http http;
    TestUsers users;
    Tokens admin;

    @TestConfiguration(proxyBeanMethods = false)
    static class SavedProducts {
        final List<ProductView> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ProductSaved event) {
            events.add(event.product());
        }
    }

    @BeforeEach
    void setUp() {
        http = Http.onPort(port);
        users = new TestUsers(http, identity);
        admin = users.admin();
    }

    @Test
    void createsAProductWithTheDocumentedBody() {
        var sku = sku("RICE-5KG");
        var barcode = ean13();
        var response = post("/api/v1/products", "{\"sku\":\"" + sku + "\",\"name\":\"Rice 5kg\",\"barcodes\":[\""
                + barcode + "\"],\"priceKobo\":850000,\"costKobo\":700000,\"vatClass\":\"ZERO_RATED\","
                + "\"unit\":\"PIECE\",\"trackStock\":true}", admin);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var product = Http.json(response);
        var id = product.get("id").asString();
        assertThat(product.get("sku").asString()).isEqualTo(sku);
        assertThat(product.get("barcodes").get(0).asString()).isEqualTo(barcode);
        assertThat(product.get("priceKobo").asLong()).isEqualTo(850000);
        assertThat(product.get("costKobo").asLong()).isEqualTo(700000);
        assertThat(product.get("vatClass").asString()).isEqualTo("ZERO_RATED");
        assertThat(product.get("active").asBoolean()).isTrue();
        assertThat(product.get("createdAt").asString()).isNotBlank();
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith(id);
        assertThat(saved.events).anyMatch(view -> view.id().toString().equals(id) && view.priceKobo() == 850000);
        assertThat(catalog.findByBarcode(barcode)).get().extracting(ProductView::sku).isEqualTo(sku);
        var entries = audit.search(new AuditQuery(admin.username(), "product.created", null, null, 0, 50)).items();
        assertThat(entries).anyMatch(entry -> entry.objectId().equals(id) && entry.after().get("sku").equals(sku));
    }

    @Test
    void aBadEan13CheckDigitIsRefusedWithA400NamingTheField() {
        var sku = sku("BAD");
        var response = post("/api/v1/products", "{\"sku\":\"" + sku + "\",\"name\":\"Beans\",\"barcodes\":[\""
                + ean13() + "\",\"" + badCheckDigit(ean13()) + "\"],\"priceKobo\":1000}", admin);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        var errors = Http.json(response).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("barcodes[1]");
        assertThat(errors.get(0).get("message").asString()).contains("EAN-13", "check digit");
        assertThat(search("q=" + sku).get("total").asLong()).isZero();
    }

    @Test
    void refusesFractionsOfAKoboNegativePricesAndBadSkusNamingEachField() {
        var response = post("/api/v1/products", "{\"sku\":\"bad sku!\",\"name\":\" \",\"barcodes\":[\"INT-ab\"],"
                + "\"priceKobo\":8500.5,\"costKobo\":-1,\"imageFileId\":\"" + UUID.randomUUID() + "\","
                + "\"categoryId\":\"" + UUID.randomUUID() + "\"}", admin);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"sku\"", "\"field\":\"name\"", "\"field\":\"barcodes[0]\"",
                "\"field\":\"priceKobo\"", "\"field\":\"costKobo\"", "\"field\":\"imageFileId\"",
                "\"field\":\"categoryId\"");
        var noPrice = post("/api/v1/products", "{\"sku\":\"" + sku("NP") + "\",\"name\":\"No price\"}", admin);
        assertThat(noPrice.statusCode()).isEqualTo(400);
        assertThat(noPrice.body()).contains("\"field\":\"priceKobo\"");
    }

    @Test
    void aTakenSkuOrBarcodeIsAConflict() {
        var sku = sku("GARRI");
        var barcode = ean13();
        assertThat(create(sku, "Garri 1kg", barcode, 120000).statusCode()).isEqualTo(201);

        var sameSku = create(sku.toLowerCase(), "Garri again", ean13(), 1);
        var sameBarcode = create(sku("OTHER"), "Other", barcode, 1);

        assertThat(sameSku.statusCode()).isEqualTo(409);
        assertThat(Http.map(sameSku).get("type")).isEqualTo("urn:astroaxis:problem:sku-taken");
        assertThat(sameBarcode.statusCode()).isEqualTo(409);
        assertThat(sameBarcode.body()).contains("\"field\":\"barcodes[0]\"");
    }

    @Test
    void archivingKeepsTheProductButTakesItOutOfTheActiveList() {
        var sku = sku("OLD");
        var id = id(create(sku, "Old stock", ean13(), 5000));

        var archived = patch("/api/v1/products/" + id, "{\"active\":false}", admin);

        assertThat(archived.statusCode()).as(archived.body()).isEqualTo(200);
        assertThat(Http.json(http.get("/api/v1/products/" + id, admin.bearer())).get("active").asBoolean()).isFalse();
        assertThat(search("q=" + sku + "&active=true").get("total").asLong()).isZero();
        assertThat(search("q=" + sku + "&active=false").get("total").asLong()).isEqualTo(1);
        assertThat(saved.events).anyMatch(view -> view.id().toString().equals(id) && !view.active());
    }

    @Test
    void searchMatchesPartOfTheNameOrSkuInAnyCaseAndWholeBarcodes() {
        var token = "zq" + UUID.randomUUID().toString().substring(0, 6);
        var barcode = ean13();
        var first = id(create(sku("SRCH"), "Golden Penny Semovita " + token.toUpperCase(), barcode, 100));
        clock.advance(Duration.ofSeconds(1));
        var second = id(create(sku(token.toUpperCase()), "Peak Milk", ean13(), 200));

        var byName = search("q=" + enc("semovita " + token));
        var bySku = search("q=" + token);
        var byBarcode = search("q=" + barcode);
        var partOfBarcode = search("q=" + barcode.substring(0, 10));
        var paged = search("q=" + token + "&size=1&page=1&sort=name");

        assertThat(ids(byName)).containsExactly(first);
        assertThat(ids(bySku)).containsExactly(second, first);
        assertThat(ids(byBarcode)).containsExactly(first);
        assertThat(ids(partOfBarcode)).isEmpty();
        assertThat(paged.get("total").asLong()).isEqualTo(2);
        assertThat(ids(paged)).containsExactly(second);
        assertThat(http.get("/api/v1/products?size=500", admin.bearer()).statusCode()).isEqualTo(400);
    }

    @Test
    void findsAProductByAWholeBarcode() {
        var barcode = ean13();
        var id = id(create(sku("BC"), "Indomie", barcode, 15000));

        var found = http.get("/api/v1/products/by-barcode/" + barcode, admin.bearer());
        var missing = http.get("/api/v1/products/by-barcode/" + ean13(), admin.bearer());

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(Http.json(found).get("id").asString()).isEqualTo(id);
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void aPriceChangeIsAuditedWithBeforeAfterAndTheActor() {
        var manager = users.withRoles(admin, "Manager");
        var id = id(create(sku("OIL"), "Groundnut oil 1L", ean13(), 250000));

        var response = patch("/api/v1/products/" + id, "{\"priceKobo\":275000,\"costKobo\":200000}", manager);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var entries = audit.search(new AuditQuery(manager.username(), "product.price-changed", null, null, 0, 50)).items();
        assertThat(entries).hasSize(1);
        var entry = entries.getFirst();
        assertThat(entry.objectId()).isEqualTo(id);
        assertThat(((Number) entry.before().get("priceKobo")).longValue()).isEqualTo(250000);
        assertThat(((Number) entry.after().get("priceKobo")).longValue()).isEqualTo(275000);
        assertThat(((Number) entry.after().get("costKobo")).longValue()).isEqualTo(200000);
        assertThat(audit.search(new AuditQuery(manager.username(), "product.updated", null, null, 0, 50)).items()).isEmpty();
    }

    @Test
    void aCashierMayReadProductsButNotWriteThem() {
        var cashier = users.withRoles(admin, "Cashier");
        var id = id(create(sku("READ"), "Sugar", ean13(), 1000));

        var write = http.post("/api/v1/products", "application/json", "{\"sku\":\"" + sku("C") + "\",\"name\":\"X\","
                + "\"priceKobo\":1}", cashier.bearer());
        var change = patch("/api/v1/products/" + id, "{\"priceKobo\":1}", cashier);

        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(change.statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/products/" + id, cashier.bearer()).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/products?q=sugar", cashier.bearer()).statusCode()).isEqualTo(200);
        assertThat(http.post("/api/v1/categories", "application/json", "{\"name\":\"X\"}", cashier.bearer())
                .statusCode()).isEqualTo(403);
    }

    @Test
    void categoriesFormATreeWithPathsAndProductsBelongToOne() {
        var top = "Food " + UUID.randomUUID().toString().substring(0, 6);
        var food = Http.json(post("/api/v1/categories", "{\"name\":\"" + top + "\"}", admin)).get("id").asString();
        var grains = post("/api/v1/categories", "{\"name\":\"Grains\",\"parentId\":\"" + food + "\"}", admin);
        var again = post("/api/v1/categories", "{\"name\":\"grains\",\"parentId\":\"" + food + "\"}", admin);

        assertThat(grains.statusCode()).isEqualTo(201);
        assertThat(Http.json(grains).get("path").asString()).isEqualTo(top + " > Grains");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(post("/api/v1/categories", "{\"name\":\"A > B\"}", admin).statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/categories", admin.bearer()).body()).contains(top + " > Grains");

        var grainsId = Http.json(grains).get("id").asString();
        var product = post("/api/v1/products", "{\"sku\":\"" + sku("MAIZE") + "\",\"name\":\"Maize\",\"priceKobo\":90000,"
                + "\"unit\":\"KILOGRAM\",\"categoryId\":\"" + grainsId + "\"}", admin);
        assertThat(product.statusCode()).as(product.body()).isEqualTo(201);
        assertThat(Http.json(product).get("unit").asString()).isEqualTo("KILOGRAM");
        assertThat(search("categoryId=" + grainsId).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void anImageMustBeAnUploadedImage() {
        var image = files.store("rice.png", new ByteArrayInputStream(Samples.png()), "product-image");
        var id = id(create(sku("IMG"), "Rice", ean13(), 1000));

        var withImage = patch("/api/v1/products/" + id, "{\"imageFileId\":\"" + image.id() + "\"}", admin);
        var unknown = patch("/api/v1/products/" + id, "{\"imageFileId\":\"" + UUID.randomUUID() + "\"}", admin);

        assertThat(withImage.statusCode()).as(withImage.body()).isEqualTo(200);
        assertThat(Http.json(withImage).get("imageFileId").asString()).isEqualTo(image.id().toString());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"imageFileId\"");
    }

    private HttpResponse<String> create(String sku, String name, String barcode, long priceKobo) {
        return post("/api/v1/products", "{\"sku\":\"" + sku + "\",\"name\":\"" + name + "\",\"barcodes\":[\"" + barcode
                + "\"],\"priceKobo\":" + priceKobo + "}", admin);
    }

    private static String id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).get("id").asString();
    }

    private JsonNode search(String query) {
        var response = http.get("/api/v1/products?" + query, admin.bearer());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(String path, String json, Tokens as) {
        return http.post(path, "application/json", json, as.bearer());
    }

    private HttpResponse<String> patch(String path, String json, Tokens as) {
        return http.send(http.request(path, as.bearer()).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
