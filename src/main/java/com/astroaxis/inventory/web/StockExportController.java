package com.astroaxis.inventory.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import com.astroaxis.inventory.internal.Refusals;
import com.astroaxis.inventory.internal.StockExport;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/** Stock levels of the branches the caller may access, as a CSV or XLSX download. */
@RestController
@RequestMapping("/api/v1/stock/export")
@Tag(name = "Stock")
class StockExportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final StockExport export;

    StockExportController(StockExport export) {
        this.export = export;
    }

    @GetMapping
    ResponseEntity<byte[]> export(@RequestParam(required = false) String format,
                                  @RequestParam(required = false) UUID branchId) throws IOException {
        var chosen = format == null || format.isBlank() ? "csv" : format.strip().toLowerCase(Locale.ROOT);
        return switch (chosen) {
            case "csv" -> download(export.csv(branchId).getBytes(StandardCharsets.UTF_8),
                    new MediaType("text", "csv", StandardCharsets.UTF_8), "stock.csv");
            case "xlsx" -> {
                var out = new ByteArrayOutputStream();
                export.xlsx(branchId, out);
                yield download(out.toByteArray(), XLSX, "stock.xlsx");
            }
            default -> throw Refusals.invalid("format", "must be csv or xlsx");
        };
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(body);
    }
}
