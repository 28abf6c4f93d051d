package com.astroaxis.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import com.astroaxis.files.Samples;
import com.astroaxis.identity.IdentityManagement;
import com.astroaxis.testing.Http;
import com.astroaxis.testing.TestUsers;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/** The zero-setup embedded database (H2) runs the portable catalogue: search without trigram indexes, import, export. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "DATA_DIR=target/catalog-embedded-data")
class CatalogOnEmbeddedDatabaseTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;

    @BeforeAll
    static void startFromAnEmptyDataDirectory() throws IOException {
        FileSystemUtils.deleteRecursively(Path.of("target/catalog-embedded-data"));
    }

    @Test
    void importsSearchesAndExportsOnTheEmbeddedDatabase() {
        var http = Http.onPort(port);
        var admin = new TestUsers(http, identity).admin();
        var csv = "sku,name,barcode,price,cost,vat_class,unit,category\n"
                + "RICE-5KG,Mama Gold Rice 5kg,5901234123457,8500.00,7000,ZERO_RATED,PIECE,Food > Grains\n"
                + "SOAP_1,100% Soap,INT-SOAP1,350.50,280,STANDARD,PIECE,Personal Care\n"
                + "CALC,=1+2,,1,,,,\n";
        var boundary = "astroaxis-" + UUID.randomUUID();
        var imported = http.send(http.request("/api/v1/products/import?dryRun=false", admin.bearer())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Samples.multipart(boundary, "p.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8), null))).build());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(Http.json(imported).get("imported").asInt()).isEqualTo(3);

        assertThat(skus(http, admin, "mama gold")).isEqualTo("[\"RICE-5KG\"]");
        assertThat(skus(http, admin, "rice-")).isEqualTo("[\"RICE-5KG\"]");
        assertThat(skus(http, admin, "5901234123457")).isEqualTo("[\"RICE-5KG\"]");
        assertThat(skus(http, admin, "100%25")).isEqualTo("[\"SOAP_1\"]");
        assertThat(skus(http, admin, "p_")).as("_ is a character, not a wildcard").isEqualTo("[\"SOAP_1\"]");
        assertThat(skus(http, admin, "p%25")).as("% is a character, not a wildcard").isEqualTo("[]");
        var export = http.get("/api/v1/products/export?format=csv", admin.bearer()).body();
        assertThat(export).contains("RICE-5KG,Mama Gold Rice 5kg,5901234123457,8500.00,7000.00,ZERO_RATED,PIECE,"
                + "Food > Grains", "CALC,'=1+2,,1.00,0.00,STANDARD,PIECE,");
        var calcLine = export.lines().filter(line -> line.startsWith("CALC,")).findFirst().orElseThrow();
        var again = "sku,name,barcode,price,cost,vat_class,unit,category\n" + calcLine.replace("CALC,", "CALC2,") + "\n";
        var reimport = http.send(http.request("/api/v1/products/import?dryRun=false", admin.bearer())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Samples.multipart(boundary, "p.csv", "text/csv",
                        again.getBytes(StandardCharsets.UTF_8), null))).build());
        assertThat(reimport.statusCode()).as(reimport.body()).isEqualTo(200);
        var calc2 = Http.json(http.get("/api/v1/products?q=calc2", admin.bearer())).get("items").get(0);
        assertThat(calc2.get("name").asString()).as("the quoted formula comes back as the name it was").isEqualTo("=1+2");
    }

    private static String skus(Http http, TestUsers.Tokens admin, String q) {
        var page = Http.json(http.get("/api/v1/products?q=" + q.replace(" ", "%20"), admin.bearer()));
        return page.get("items").valueStream().map(item -> "\"" + item.get("sku").asString() + "\"").toList()
                .toString().replace(", ", ",");
    }
}
