package com.astroaxis.catalog.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.astroaxis.catalog.internal.Categories;
import com.astroaxis.catalog.internal.Categories.Category;
import com.astroaxis.platform.security.AuthenticatedUser;
import com.astroaxis.platform.security.RequiresPermission;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/categories")
@Tag(name = "Products")
class CategoryController {

    private final Categories categories;

    CategoryController(Categories categories) {
        this.categories = categories;
    }

    record NewCategory(String name, UUID parentId) {
    }

    /** Every category, flat, ordered by path ("Food", "Food > Grains", …). */
    @GetMapping
    List<Category> list() {
        return categories.list();
    }

    @PostMapping
    @RequiresPermission(ProductController.WRITE)
    ResponseEntity<Category> create(@RequestBody NewCategory body, @AuthenticationPrincipal AuthenticatedUser caller) {
        var created = categories.create(body.name(), body.parentId(), caller);
        return ResponseEntity.created(URI.create("/api/v1/categories/" + created.id())).body(created);
    }
}
