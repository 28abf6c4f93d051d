package com.astroaxis.catalog.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.astroaxis.catalog.Catalog;
import com.astroaxis.catalog.ProductId;
import com.astroaxis.catalog.ProductSaved;
import com.astroaxis.catalog.ProductView;
import com.astroaxis.catalog.Unit;
import com.astroaxis.catalog.VatClass;
import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.security.AuthenticatedUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products as the back office keeps them and other modules ask about them. Every save publishes
 * {@link ProductSaved}; creation, changes and price changes are audited with who made them.
 */
@Service
public class ProductService implements Catalog {

    private final ProductRecords records;
    private final ProductChecks checks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProductService(ProductRecords records, ProductChecks checks, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.checks = checks;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProductView> find(ProductId id) {
        return records.find(id.value(), false).map(ProductDetails::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProductView> findByBarcode(String barcode) {
        return details(barcode).map(ProductDetails::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProductView> findAll(Collection<ProductId> ids) {
        return records.findAll(ids.stream().map(ProductId::value).distinct().toList()).stream()
                .map(ProductDetails::view).toList();
    }

    @Transactional(readOnly = true)
    public ProductDetails get(UUID id) {
        return records.find(id, false).orElseThrow(() -> FieldErrors.notFound("That product"));
    }

    @Transactional(readOnly = true)
    public Optional<ProductDetails> details(String barcode) {
        var code = barcode == null ? "" : barcode.strip();
        return records.productOfBarcode(code).flatMap(id -> records.find(id, false));
    }

    @Transactional
    public ProductDetails create(ProductInput input, AuthenticatedUser caller) {
        var now = clock.instant();
        var product = checks.valid(input, null, now);
        checks.unique(product, null);
        records.insert(product);
        events.publishEvent(new ProductSaved(product.view()));
        events.publishEvent(new ProductAudited(AuditRecord.of(caller.username(), "product.created", "product",
                product.id()).withAfter(ProductStates.all(product))));
        return product;
    }

    @Transactional
    public ProductDetails update(UUID id, ProductInput input, AuthenticatedUser caller) {
        var before = records.find(id, true).orElseThrow(() -> FieldErrors.notFound("That product"));
        var candidate = checks.valid(input, before, clock.instant());
        var after = ProductStates.sameAs(before, candidate) ? before : candidate;
        if (after == before) {
            return before;
        }
        checks.unique(after, before);
        records.update(after, !after.barcodes().equals(before.barcodes()));
        events.publishEvent(new ProductSaved(after.view()));
        var general = ProductStates.general(before);
        if (!general.equals(ProductStates.general(after))) {
            events.publishEvent(new ProductAudited(new AuditRecord(caller.username(), "product.updated", "product",
                    id.toString(), general, ProductStates.general(after), null)));
        }
        if (before.priceKobo() != after.priceKobo() || before.costKobo() != after.costKobo()) {
            events.publishEvent(new ProductAudited(new AuditRecord(caller.username(), "product.price-changed",
                    "product", id.toString(), ProductStates.price(before), ProductStates.price(after), null)));
        }
        return after;
    }

    static Unit orDefault(Unit unit) {
        return Objects.requireNonNullElse(unit, Unit.PIECE);
    }

    static VatClass orDefault(VatClass vat) {
        return Objects.requireNonNullElse(vat, VatClass.STANDARD);
    }
}
