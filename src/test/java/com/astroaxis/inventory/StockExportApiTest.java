package com.astroaxis.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.astroaxis.branches.OversellPolicy;
import com.astroaxis.catalog.Unit;

import org.junit.jupiter.api.Test;

/** GET /api/v1/stock/export: the levels a spreadsheet opens, as CSV or XLSX. */
class StockExportApiTest extends InventoryApiTestSupport {

    @Test
    void exportsTheLevelsAsCsv() {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.KILOGRAM);
        assertStatus(adjust(branch, product, "2.5", "FOUND", admin), 201);

        var csv = get("/api/v1/stock/export?format=csv&branchId=" + branch, admin);

        assertStatus(csv, 200);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).get().asString().contains("stock.csv");
        var lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("branch_code,sku,name,unit,quantity,reorder_level,low,unit_cost,value");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(",KILOGRAM,2.5,,false,700.00,1750.00");
        assertField(get("/api/v1/stock/export?format=pdf", admin), "format");
    }

    @Test
    void exportsTheLevelsAsAnXlsxWorkbook() throws Exception {
        var branch = fixtures.branch(OversellPolicy.BLOCK);
        var product = fixtures.product(Unit.PIECE);
        assertStatus(adjust(branch, product, "12", "FOUND", admin), 201);

        var response = java.net.http.HttpClient.newHttpClient().send(http.request("/api/v1/stock/export?format=xlsx"
                + "&branchId=" + branch, admin.bearer()).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("spreadsheetml.sheet");
        var sheet = new StringBuilder();
        var file = java.nio.file.Files.createTempFile("stock", ".xlsx");
        java.nio.file.Files.write(file, response.body());
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/")) {
                    sheet.append(new String(zip.getInputStream(entry).readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertThat(sheet).contains("branch_code", "Product SKU-" + product.value().toString().substring(0, 8)
                .toUpperCase(), "<v>12</v>", "<v>8400.00</v>");
    }
}
