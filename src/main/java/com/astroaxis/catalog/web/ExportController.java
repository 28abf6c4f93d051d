package com.astroaxis.catalog.web;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.astroaxis.catalog.internal.ProductExport;

import org.dhatim.fastexcel.Workbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products")
class ExportController {

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final ProductExport export;
    private final Clock clock;

    ExportController(ProductExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    /** The catalogue as CSV (the import's columns, so it re-imports) or as an .xlsx workbook, streamed. */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) Boolean active) {
        var kind = format.toLowerCase(Locale.ROOT);
        if (!kind.equals("csv") && !kind.equals("xlsx")) {
            throw ProductController.badParameter("'format' is 'csv' or 'xlsx'.");
        }
        var name = "products-" + LocalDate.now(clock) + "." + kind;
        StreamingResponseBody body = kind.equals("csv") ? out -> {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            writer.write('\uFEFF'); // spreadsheet programs then read the file as UTF-8
            writer.write(CsvText.line(ProductExport.HEADER));
            export.export(active, line -> writer.write(CsvText.line(line.fields())));
            writer.flush();
        } : out -> {
            var workbook = new Workbook(out, "AstroAxis", "1.0");
            var sheet = workbook.newWorksheet("Products");
            for (int c = 0; c < ProductExport.HEADER.size(); c++) {
                sheet.value(0, c, ProductExport.HEADER.get(c));
            }
            int[] row = {1};
            export.export(active, line -> {
                int r = row[0]++;
                sheet.value(r, 0, line.sku());
                sheet.value(r, 1, line.name());
                sheet.value(r, 2, line.barcodes());
                sheet.value(r, 3, line.price());
                sheet.value(r, 4, line.cost());
                sheet.value(r, 5, line.vatClass());
                sheet.value(r, 6, line.unit());
                sheet.value(r, 7, line.category());
                if (r % 1000 == 0) {
                    sheet.flush();
                }
            });
            workbook.finish();
        };
        return ResponseEntity.ok()
                .contentType(kind.equals("csv") ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
