package com.astroaxis.catalog;

import static com.astroaxis.catalog.CatalogTestData.ean13;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipFile;

import com.astroaxis.files.Samples;
import com.astroaxis.identity.IdentityManagement;
import com.astroaxis.testing.Http;
import com.astroaxis.testing.PostgresIntegrationTest;
import com.astroaxis.testing.TestUsers;
import com.astroaxis.testing.TestUsers.Tokens;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The catalogue exported as CSV (in the import's shape, so it re-imports) and as an .xlsx workbook. */
class ProductExportTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;
    Http http;
    Tokens admin;
    String sku;
    String barcodes;

    @BeforeEach
    void setUp() {
        http = Http.onPort(port);
        admin = new TestUsers(http, identity).admin();
        var top = "Export " + UUID.randomUUID().toString().substring(0, 6);
        var category = Http.json(http.post("/api/v1/categories", "application/json", "{\"name\":\"" + top + "\"}",
                admin.bearer())).get("id").asString();
        sku = "EXP-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
        barcodes = ean13() + "|INT-" + sku.substring(4);
        var created = http.post("/api/v1/products", "application/json", "{\"sku\":\"" + sku + "\",\"name\":"
                + "\"Rice, \\\"premium\\\" 5kg\",\"barcodes\":[\"" + barcodes.replace("|", "\",\"") + "\"],"
                + "\"priceKobo\":850050,\"costKobo\":700000,\"vatClass\":\"ZERO_RATED\",\"categoryId\":\"" + category
                + "\"}", admin.bearer());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void exportsCsvWithTheImportColumnsThatReimportsWithoutFormatProblems() {
        var response = http.get("/api/v1/products/export?format=csv", admin.bearer());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");
        var csv = response.body();
        assertThat(csv).startsWith("\uFEFFsku,name,barcode,price,cost,vat_class,unit,category\r\n");
        assertThat(csv).contains(sku + ",\"Rice, \"\"premium\"\" 5kg\"," + barcodes + ",8500.50,7000.00,ZERO_RATED,PIECE,Export ");

        var dryRun = Http.json(upload(csv));
        assertThat(dryRun.get("errorCount").asInt()).isPositive();
        assertThat(dryRun.get("errors").valueStream().map(e -> e.get("column").asString()).distinct())
                .as("only the SKUs and barcodes, which exist already, are refused").containsOnly("sku", "barcode");
        assertThat(dryRun.get("errors").valueStream().map(e -> e.get("reason").asString()))
                .allMatch(reason -> reason.contains("already belongs"));
    }

    @Test
    void exportsAnXlsxWorkbook() throws IOException, InterruptedException {
        HttpResponse<byte[]> response;
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            response = client.send(http.request("/api/v1/products/export?format=xlsx", admin.bearer()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var text = new StringBuilder();
        var file = java.nio.file.Files.createTempFile("products", ".xlsx");
        java.nio.file.Files.write(file, response.body());
        try (var zip = new ZipFile(file.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                text.append(entry.getName()).append('\n').append(new String(zip.getInputStream(entry).readAllBytes(),
                        StandardCharsets.UTF_8));
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertThat(text).contains("xl/worksheets/sheet1.xml", sku, "vat_class", "8500.5");
    }

    @Test
    void refusesAnUnknownFormat() {
        assertThat(http.get("/api/v1/products/export?format=pdf", admin.bearer()).statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> upload(String csv) {
        var boundary = "astroaxis-" + UUID.randomUUID();
        var body = Samples.multipart(boundary, "export.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8), null);
        var response = http.send(http.request("/api/v1/products/import?dryRun=true", admin.bearer())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
