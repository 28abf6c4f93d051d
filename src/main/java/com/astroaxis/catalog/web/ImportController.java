package com.astroaxis.catalog.web;

import java.io.IOException;
import java.util.UUID;

import com.astroaxis.catalog.internal.ImportJobs;
import com.astroaxis.catalog.internal.ImportPlan;
import com.astroaxis.catalog.internal.ProductImports;
import com.astroaxis.catalog.internal.ProductImports.Report;
import com.astroaxis.platform.security.AuthenticatedUser;
import com.astroaxis.platform.security.RequiresPermission;
import com.astroaxis.platform.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products")
class ImportController {

    private final ProductImports imports;

    ImportController(ProductImports imports) {
        this.imports = imports;
    }

    /**
     * Checks a CSV file (dryRun=true, the default) or imports it. 200 with the report when checked or imported
     * quickly; 202 with the import's id while a large file is still being written (poll /imports/{id}). Asked to
     * import a file with bad rows, it imports nothing and answers 422, a problem that carries the same report.
     * {@code mode=create} (the default) only adds products and refuses a known SKU; {@code mode=update} also updates
     * the product each known SKU names.
     */
    @PostMapping("/import")
    @RequiresPermission(ProductController.WRITE)
    ResponseEntity<Report> importFile(@RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun, @RequestParam(required = false) String mode,
            @AuthenticationPrincipal AuthenticatedUser caller) throws IOException {
        var importMode = ImportPlan.Mode.of(mode);
        if (file == null || file.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "empty-file", "Empty file",
                    "Send a CSV file (multipart form field 'file') whose first line is the header.");
        }
        try (var content = file.getInputStream()) {
            var report = imports.importFile(content, fileName(file), dryRun, importMode, caller);
            if (!dryRun && !report.valid() && report.id() == null) {
                throw refused(report);
            }
            var status = report.status() == ImportJobs.Status.RUNNING ? HttpStatus.ACCEPTED : HttpStatus.OK;
            return ResponseEntity.status(status).body(report);
        }
    }

    @GetMapping("/imports/{id}")
    Report status(@PathVariable UUID id) {
        return imports.status(id);
    }

    private static ProblemException refused(Report report) {
        var problems = report.errorCount() == 1 ? "1 problem" : report.errorCount() + " problems";
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "import-invalid", "File not imported",
                "The file has " + problems + "; nothing was imported. Fix the lines listed and send it again.")
                .with("dryRun", false).with("valid", false).with("rows", report.rows())
                .with("errors", report.errors()).with("errorCount", report.errorCount()).with("imported", 0).with("created", 0).with("updated", 0);
    }

    private static String fileName(MultipartFile file) {
        var name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return null;
        }
        var clean = name.replaceAll("[\\p{Cntrl}]", "").replaceAll(".*[/\\\\]", "").strip();
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }
}
