package com.astroaxis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.astroaxis.identity.IdentityManagement;
import com.astroaxis.testing.Http;
import com.astroaxis.testing.PostgresIntegrationTest;
import com.astroaxis.testing.TestUsers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A shop owner's first day, across modules and only through the API: branches, a product, stock found, a
 * transfer that arrives short, and an import with opening stock.
 */
class CatalogueAndStockJourneyTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;

    @Test
    void fromBranchesToProductsToStock() {
        var http = Http.onPort(port);
        var admin = new TestUsers(http, identity).admin();
        var suffix = Integer.toString(Math.abs(UUID.randomUUID().hashCode()) % 100_000);
        var ikeja = id(post(http, admin, "/api/v1/branches", "{\"code\":\"IK" + suffix + "\",\"name\":\"Ikeja\","
                + "\"address\":\"12 Allen Avenue\",\"kind\":\"SHOP\",\"oversell\":\"BLOCK\"}"));
        var lekki = id(post(http, admin, "/api/v1/branches", "{\"code\":\"LK" + suffix + "\",\"name\":\"Lekki\","
                + "\"kind\":\"SHOP\",\"oversell\":\"BLOCK\"}"));
        var rice = id(post(http, admin, "/api/v1/products", "{\"sku\":\"RICE-5KG-" + suffix + "\",\"name\":\"Rice 5kg\","
                + "\"priceKobo\":850000,\"costKobo\":700000,\"vatClass\":\"ZERO_RATED\",\"unit\":\"PIECE\","
                + "\"trackStock\":true}"));

        post(http, admin, "/api/v1/stock/adjustments", "{\"branchId\":\"" + ikeja + "\",\"productId\":\"" + rice
                + "\",\"quantity\":10,\"reasonCode\":\"FOUND\",\"note\":\"opening count\"}");
        var transfer = id(post(http, admin, "/api/v1/stock/transfers", "{\"fromBranchId\":\"" + ikeja
                + "\",\"toBranchId\":\"" + lekki + "\",\"lines\":[{\"productId\":\"" + rice + "\",\"quantity\":10}]}"));
        var received = http.post("/api/v1/stock/transfers/" + transfer + "/receive", "application/json",
                "{\"lines\":[{\"productId\":\"" + rice + "\",\"quantity\":8}]}", admin.bearer());

        assertThat(received.statusCode()).as(received.body()).isEqualTo(200);
        assertThat(received.body()).contains("\"shortfall\":2");
        assertThat(level(http, admin, ikeja, rice)).isEqualTo("0");
        assertThat(level(http, admin, lekki, rice)).isEqualTo("8");

        var csv = "sku,name,barcode,price,cost,vat_class,unit,category,branch_code,opening_quantity\n"
                + "BEANS-" + suffix + ",Beans 1kg,,1200.00,900.00,ZERO_RATED,KILOGRAM,Food > Grains,IK" + suffix + ",12.5\n"
                + "SOAP-" + suffix + ",Bar soap,,350.00,250.00,STANDARD,PIECE,Household,IK" + suffix + ",40\n";
        var imported = upload(http, admin, "/api/v1/products/import?dryRun=false", csv);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        var beans = Http.json(http.get("/api/v1/products?q=BEANS-" + suffix, admin.bearer())).get("items").get(0);
        assertThat(beans.get("unit").asString()).isEqualTo("KILOGRAM");
        assertThat(level(http, admin, ikeja, beans.get("id").asString())).isEqualTo("12.5");
    }

    private static String level(Http http, TestUsers.Tokens admin, String branch, String product) {
        var levels = Http.json(http.get("/api/v1/stock?branchId=" + branch + "&productId=" + product, admin.bearer()));
        return levels.isEmpty() ? "0" : levels.get(0).get("quantity").asString().replaceAll("\\.0+$", "");
    }

    private static HttpResponse<String> post(Http http, TestUsers.Tokens admin, String path, String json) {
        var response = http.post(path, "application/json", json, admin.bearer());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
        return response;
    }

    private static String id(HttpResponse<String> response) {
        return Http.json(response).get("id").asString();
    }

    private static HttpResponse<String> upload(Http http, TestUsers.Tokens admin, String path, String csv) {
        var boundary = "----astroaxis" + UUID.randomUUID();
        var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"products.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return http.send(http.request(path, admin.bearer()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }
}
