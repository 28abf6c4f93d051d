package com.astroaxis.catalog.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.astroaxis.catalog.internal.ProductInput;
import com.astroaxis.catalog.internal.ProductSearch;
import com.astroaxis.catalog.internal.ProductService;
import com.astroaxis.platform.security.AuthenticatedUser;
import com.astroaxis.platform.security.RequiresPermission;
import com.astroaxis.platform.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products")
class ProductController {

    static final String WRITE = "catalog.write";
    private static final int MAX_SIZE = 200;
    private final ProductService products;
    private final ProductSearch search;

    ProductController(ProductService products, ProductSearch search) {
        this.products = products;
        this.search = search;
    }

    record Page(List<ProductJson> items, int page, int size, long total) {
    }

    @GetMapping
    Page list(@RequestParam(required = false) String q, @RequestParam(required = false) UUID categoryId,
            @RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "newest") String sort,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw badParameter("'page' must be 0 or more and 'size' between 1 and " + MAX_SIZE + ".");
        }
        var order = switch (sort.toLowerCase(Locale.ROOT)) {
            case "newest" -> ProductSearch.Order.NEWEST;
            case "name" -> ProductSearch.Order.NAME;
            default -> throw badParameter("'sort' is 'newest' or 'name'.");
        };
        if (q != null && q.length() > 100) {
            throw badParameter("'q' is at most 100 characters.");
        }
        var found = search.search(new ProductSearch.Query(q, categoryId, active, order, page, size));
        return new Page(found.items().stream().map(ProductJson::of).toList(), found.page(), found.size(), found.total());
    }

    @GetMapping("/{id}")
    ProductJson get(@PathVariable UUID id) {
        return ProductJson.of(products.get(id));
    }

    @GetMapping("/by-barcode/{code}")
    ProductJson byBarcode(@PathVariable String code) {
        return products.details(code).map(ProductJson::of).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND,
                "not-found", "Not found", "No product has that barcode."));
    }

    @PostMapping
    @RequiresPermission(WRITE)
    ResponseEntity<ProductJson> create(@RequestBody ProductInput body, @AuthenticationPrincipal AuthenticatedUser caller) {
        var created = ProductJson.of(products.create(body, caller));
        return ResponseEntity.created(URI.create("/api/v1/products/" + created.id())).body(created);
    }

    @PatchMapping("/{id}")
    @RequiresPermission(WRITE)
    ProductJson update(@PathVariable UUID id, @RequestBody ProductInput body,
            @AuthenticationPrincipal AuthenticatedUser caller) {
        return ProductJson.of(products.update(id, body, caller));
    }

    static ProblemException badParameter(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", detail);
    }
}
