package com.astroaxis.catalog.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.security.AuthenticatedUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The category tree, kept flat with each category's full path ("Food > Grains"). */
@Service
public class Categories {

    static final String SEPARATOR = " > ";

    public record Category(UUID id, String name, UUID parentId, String path) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Categories(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Category> list() {
        return jdbc.sql("select id, name, parent_id, path from ca_category order by path_key")
                .query((row, n) -> new Category(row.getObject(1, UUID.class), row.getString(2),
                        row.getObject(3, UUID.class), row.getString(4))).list();
    }

    @Transactional(readOnly = true)
    public Optional<Category> find(UUID id) {
        return list().stream().filter(category -> category.id().equals(id)).findFirst();
    }

    @Transactional
    public Category create(String name, UUID parentId, AuthenticatedUser caller) {
        var errors = new FieldErrors();
        String clean = null;
        try {
            clean = name(name);
        } catch (IllegalArgumentException e) {
            errors.add("name", e.getMessage());
        }
        Category parent = null;
        if (parentId != null) {
            parent = find(parentId).orElse(null);
            if (parent == null) {
                errors.add("parentId", "is not an existing category");
            }
        }
        errors.throwIfAny();
        var path = parent == null ? clean : parent.path() + SEPARATOR + clean;
        if (exists(path)) {
            throw FieldErrors.conflict("category-exists", "name", "The category '" + path + "' already exists.");
        }
        var category = new Category(UUID.randomUUID(), clean, parentId, path);
        insert(category, clock.instant());
        var after = new LinkedHashMap<String, Object>();
        after.put("name", clean);
        after.put("path", path);
        events.publishEvent(new ProductAudited(AuditRecord.of(caller.username(), "category.created", "category",
                category.id()).withAfter(after)));
        return category;
    }

    /** A category name: 1 to 100 characters, no '>' (it separates the levels of a path). */
    static String name(String text) {
        var name = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > 100) {
            throw new IllegalArgumentException("is required, at most 100 characters");
        }
        if (name.contains(">")) {
            throw new IllegalArgumentException("must not contain '>' (it separates the levels of a path)");
        }
        return name;
    }

    static String key(String path) {
        return path.toLowerCase(Locale.ROOT);
    }

    private boolean exists(String path) {
        return jdbc.sql("select count(*) from ca_category where path_key = ?").param(key(path)).query(Long.class)
                .single() > 0;
    }

    void insert(Category category, Instant now) {
        jdbc.sql("insert into ca_category (id, name, parent_id, path, path_key, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(category.id(), category.name(), category.parentId(), category.path(), key(category.path()),
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }
}
