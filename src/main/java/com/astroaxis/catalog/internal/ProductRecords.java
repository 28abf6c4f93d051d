package com.astroaxis.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.astroaxis.catalog.ProductId;
import com.astroaxis.catalog.Unit;
import com.astroaxis.catalog.VatClass;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code ca_product} and {@code ca_barcode} tables. */
@Repository
class ProductRecords {

    static final String COLUMNS = """
            p.id, p.sku, p.name, p.description, p.category_id, p.unit, p.price_kobo, p.cost_kobo, p.vat_class,
            p.track_stock, p.active, p.image_file_id, p.created_at, p.updated_at""";
    private final JdbcClient jdbc;

    ProductRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProductDetails> find(UUID id, boolean forUpdate) {
        var product = jdbc.sql("select " + COLUMNS + " from ca_product p where p.id = ?" + (forUpdate ? " for update" : ""))
                .param(id).query(ProductRecords::map).optional();
        return product.map(found -> withBarcodes(List.of(found)).getFirst());
    }

    Optional<UUID> productOfBarcode(String code) {
        return jdbc.sql("select product_id from ca_barcode where code = ?").param(code).query(UUID.class).optional();
    }

    /** Barcode → product id, for those of the codes already taken. */
    Map<String, UUID> owners(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        var owners = new HashMap<String, UUID>();
        jdbc.sql("select code, product_id from ca_barcode where code in (:codes)").param("codes", codes)
                .query(row -> {
                    owners.put(row.getString(1), row.getObject(2, UUID.class));
                });
        return owners;
    }

    Optional<String> skuOwner(String sku) {
        return jdbc.sql("select id from ca_product where sku = ?").param(sku).query(String.class).optional();
    }

    List<ProductDetails> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withBarcodes(jdbc.sql("select " + COLUMNS + " from ca_product p where p.id in (:ids)")
                .param("ids", ids).query(ProductRecords::map).list());
    }

    void insert(ProductDetails product) {
        jdbc.sql("""
                insert into ca_product (id, sku, name, description, category_id, unit, price_kobo, cost_kobo, vat_class,
                                        track_stock, active, image_file_id, created_at, updated_at)
                values (:id, :sku, :name, :description, :categoryId, :unit, :price, :cost, :vat, :trackStock, :active,
                        :image, :createdAt, :updatedAt)
                """).params(params(product)).update();
        replaceBarcodes(product.id().value(), product.barcodes());
    }

    void update(ProductDetails product, boolean barcodesChanged) {
        jdbc.sql("""
                update ca_product set sku = :sku, name = :name, description = :description, category_id = :categoryId,
                       unit = :unit, price_kobo = :price, cost_kobo = :cost, vat_class = :vat, track_stock = :trackStock,
                       active = :active, image_file_id = :image, updated_at = :updatedAt
                where id = :id
                """).params(params(product)).update();
        if (barcodesChanged) {
            replaceBarcodes(product.id().value(), product.barcodes());
        }
    }

    private void replaceBarcodes(UUID productId, List<String> codes) {
        jdbc.sql("delete from ca_barcode where product_id = ?").param(productId).update();
        for (int i = 0; i < codes.size(); i++) {
            jdbc.sql("insert into ca_barcode (code, product_id, position) values (?, ?, ?)")
                    .params(codes.get(i), productId, i).update();
        }
    }

    /** The products with their barcodes filled in, in the same order. */
    List<ProductDetails> withBarcodes(List<ProductDetails> products) {
        if (products.isEmpty()) {
            return products;
        }
        var codes = new HashMap<UUID, List<String>>();
        jdbc.sql("select product_id, code from ca_barcode where product_id in (:ids) order by product_id, position")
                .param("ids", products.stream().map(p -> p.id().value()).toList())
                .query(row -> {
                    codes.computeIfAbsent(row.getObject(1, UUID.class), k -> new ArrayList<>()).add(row.getString(2));
                });
        return products.stream().map(p -> p.withBarcodes(codes.getOrDefault(p.id().value(), List.of()))).toList();
    }

    static Map<String, Object> params(ProductDetails product) {
        var params = new LinkedHashMap<String, Object>();
        params.put("id", product.id().value());
        params.put("sku", product.sku());
        params.put("name", product.name());
        params.put("description", product.description());
        params.put("categoryId", product.categoryId());
        params.put("unit", product.unit().name());
        params.put("price", product.priceKobo());
        params.put("cost", product.costKobo());
        params.put("vat", product.vatClass().name());
        params.put("trackStock", product.trackStock());
        params.put("active", product.active());
        params.put("image", product.imageFileId());
        params.put("createdAt", OffsetDateTime.ofInstant(product.createdAt(), ZoneOffset.UTC));
        params.put("updatedAt", OffsetDateTime.ofInstant(product.updatedAt(), ZoneOffset.UTC));
        return params;
    }

    static ProductDetails map(ResultSet row, int number) throws SQLException {
        return new ProductDetails(new ProductId(row.getObject("id", UUID.class)), row.getString("sku"),
                row.getString("name"), row.getString("description"), List.of(), row.getObject("category_id", UUID.class),
                Unit.valueOf(row.getString("unit")), row.getLong("price_kobo"), row.getLong("cost_kobo"),
                VatClass.valueOf(row.getString("vat_class")), row.getBoolean("track_stock"), row.getBoolean("active"),
                row.getObject("image_file_id", UUID.class),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
