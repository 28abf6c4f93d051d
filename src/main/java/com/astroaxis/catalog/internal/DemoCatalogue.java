package com.astroaxis.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.astroaxis.platform.demo.DemoShopRequested;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo shop's products: {@code demo/products.csv}, in the import format, through the product import itself, so
 * its rows pass the same checks, its categories are created, its opening stock at the Ikeja shop becomes receipts and
 * the import is in the audit trail.
 */
@Component
class DemoCatalogue {

    static final String FILE = "demo/products.csv";
    private final ProductImports imports;

    DemoCatalogue(ProductImports imports) {
        this.imports = imports;
    }

    @EventListener
    @Order(DemoShopRequested.CATALOGUE)
    void on(DemoShopRequested request) {
        ProductImports.Report report;
        try (var content = new ClassPathResource(FILE).getInputStream()) {
            report = imports.importFile(content, "demo-products.csv", false, ImportPlan.Mode.CREATE,
                    request.actor());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("the demo products (" + FILE + ") could not be read", unreadable);
        }
        if (report.status() != ImportJobs.Status.DONE) {
            throw new IllegalStateException("the demo products (" + FILE + ") were not imported: " + report.errors());
        }
    }
}
