package com.astroaxis.inventory.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import com.astroaxis.branches.BranchId;
import com.astroaxis.catalog.ProductId;
import com.astroaxis.inventory.PurchaseOrderChanged;
import com.astroaxis.inventory.StockLine;
import com.astroaxis.inventory.SupplierCreated;
import com.astroaxis.platform.quantity.Quantity;
import com.astroaxis.platform.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Suppliers and purchase orders; receipts add stock at the line's cost and move the weighted-average cost. */
@Service
public class PurchasingService {

    static final String DOCUMENT_TYPE = "purchase-order";
    private final Purchasing purchasing;
    private final Ledger ledger;
    private final DefaultInventoryManagement inventory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PurchasingService(Purchasing purchasing, Ledger ledger, DefaultInventoryManagement inventory,
                      ApplicationEventPublisher events, Clock clock) {
        this.purchasing = purchasing;
        this.ledger = ledger;
        this.inventory = inventory;
        this.events = events;
        this.clock = clock;
    }

    public record SupplierCommand(String name, String phone, String email, String address) {
    }

    public record OrderLineCommand(UUID productId, Quantity quantity, Long unitCostKobo) {
    }

    @Transactional
    public PurchaseOrderView.Supplier createSupplier(SupplierCommand command) {
        var name = text(command.name(), "name", 200);
        if (name == null) {
            throw Refusals.invalid("name", "is required");
        }
        var email = text(command.email(), "email", 254);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw Refusals.invalid("email", "is not an email address");
        }
        var supplier = new PurchaseOrderView.Supplier(UUID.randomUUID(), name, text(command.phone(), "phone", 32),
                email, text(command.address(), "address", 500), clock.instant());
        purchasing.insert(supplier, CurrentUser.actorName());
        events.publishEvent(new SupplierCreated(supplier.id(), name));
        return supplier;
    }

    @Transactional(readOnly = true)
    public StockViews.Page<PurchaseOrderView.Supplier> suppliers(Paging paging) {
        return new StockViews.Page<>(purchasing.suppliers(paging.page(), paging.size()), paging.page(), paging.size(),
                purchasing.supplierCount());
    }

    @Transactional
    public PurchaseOrderView create(UUID supplierId, UUID branchId, List<OrderLineCommand> lines) {
        StockService.require(supplierId, "supplierId");
        StockService.require(branchId, "branchId");
        purchasing.supplier(supplierId).orElseThrow(() -> Refusals.notFound("supplier", supplierId));
        BranchAccess.require(branchId);
        ledger.branch(branchId);
        if (lines == null || lines.isEmpty()) {
            throw Refusals.invalid("lines", "at least one line is required");
        }
        var seen = new HashSet<UUID>();
        var checked = new ArrayList<PurchaseOrderView.Line>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var field = "lines[" + i + "]";
            StockService.require(line.productId(), field + ".productId");
            StockService.require(line.quantity(), field + ".quantity");
            StockService.require(line.unitCostKobo(), field + ".unitCostKobo");
            if (!seen.add(line.productId())) {
                throw Refusals.invalid(field + ".productId", "appears on more than one line");
            }
            if (line.unitCostKobo() < 0) {
                throw Refusals.invalid(field + ".unitCostKobo", "must not be negative");
            }
            var product = ledger.stockedProduct(line.productId());
            QuantityRules.positive(QuantityRules.fitsUnit(product, line.quantity(), field + ".quantity"),
                    field + ".quantity");
            checked.add(new PurchaseOrderView.Line(line.productId(), line.quantity(), line.unitCostKobo(),
                    Quantity.ZERO));
        }
        var order = new PurchaseOrderView(UUID.randomUUID(), supplierId, branchId, "DRAFT", CurrentUser.actorName(),
                clock.instant(), null, 0, checked);
        purchasing.insert(order);
        publish(order, "created", null, "DRAFT", lineStates(checked));
        return purchasing.find(order.id()).orElseThrow();
    }

    @Transactional
    public PurchaseOrderView order(UUID id) {
        var order = locked(id);
        if (!"DRAFT".equals(order.status())) {
            throw Refusals.conflict("purchase-order-not-draft", "Already ordered",
                    "Only a draft purchase order can be ordered; this one is " + order.status() + ".");
        }
        purchasing.setStatus(id, "ORDERED", clock.instant());
        publish(order, "ordered", "DRAFT", "ORDERED", lineStates(order.lines()));
        return purchasing.find(id).orElseThrow();
    }

    @Transactional
    public PurchaseOrderView receive(UUID id, List<TransferService.LineCommand> lines) {
        var order = locked(id);
        if (!"ORDERED".equals(order.status()) && !"PARTIALLY_RECEIVED".equals(order.status())) {
            throw Refusals.conflict("purchase-order-not-receivable", "Cannot receive",
                    "Goods are received against an ordered purchase order; this one is " + order.status() + ".");
        }
        if (lines == null || lines.isEmpty()) {
            throw Refusals.invalid("lines", "at least one line is required");
        }
        var onOrder = new HashMap<UUID, PurchaseOrderView.Line>();
        order.lines().forEach(line -> onOrder.put(line.productId(), line));
        var receiving = new HashMap<UUID, Quantity>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var field = "lines[" + i + "]";
            StockService.require(line.productId(), field + ".productId");
            StockService.require(line.quantity(), field + ".quantity");
            var ordered = onOrder.get(line.productId());
            if (ordered == null) {
                throw Refusals.invalid(field + ".productId", "is not on this purchase order");
            }
            if (receiving.put(line.productId(), line.quantity()) != null) {
                throw Refusals.invalid(field + ".productId", "appears on more than one line");
            }
            QuantityRules.positive(line.quantity(), field + ".quantity");
            var outstanding = ordered.quantity().minus(ordered.received());
            if (line.quantity().compareTo(outstanding) > 0) {
                throw Refusals.invalid(field + ".quantity", "is more than the " + outstanding + " still to receive");
            }
            QuantityRules.fitsUnit(ledger.stockedProduct(line.productId()), line.quantity(), field + ".quantity");
        }
        var received = new ArrayList<StockLine>();
        for (var productId : receiving.keySet().stream().sorted(Comparator.naturalOrder()).toList()) {
            var quantity = receiving.get(productId);
            inventory.receive(productId, order.branchId(), quantity, onOrder.get(productId).unitCostKobo(),
                    DOCUMENT_TYPE, id.toString(), "quantity");
            purchasing.addReceived(id, productId, quantity.milli());
            received.add(new StockLine(new ProductId(productId), quantity));
        }
        boolean complete = order.lines().stream().allMatch(line -> line.received()
                .plus(receiving.getOrDefault(line.productId(), Quantity.ZERO)).equals(line.quantity()));
        var status = complete ? "RECEIVED" : "PARTIALLY_RECEIVED";
        purchasing.setStatus(id, status, null);
        publish(order, "received", order.status(), status, received);
        return purchasing.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public PurchaseOrderView get(UUID id) {
        return purchasing.find(id).filter(order -> BranchAccess.allowed(order.branchId()))
                .orElseThrow(() -> Refusals.notFound("purchase order", id));
    }

    @Transactional(readOnly = true)
    public StockViews.Page<PurchaseOrderView> list(Paging paging) {
        var visible = BranchAccess.visible();
        return new StockViews.Page<>(purchasing.search(visible, paging.page(), paging.size()), paging.page(),
                paging.size(), purchasing.count(visible));
    }

    private PurchaseOrderView locked(UUID id) {
        return purchasing.lock(id).filter(order -> BranchAccess.allowed(order.branchId()))
                .orElseThrow(() -> Refusals.notFound("purchase order", id));
    }

    private void publish(PurchaseOrderView order, String change, String from, String to, List<StockLine> lines) {
        events.publishEvent(new PurchaseOrderChanged(order.id(), change, order.supplierId(),
                new BranchId(order.branchId()), from, to, lines));
    }

    private static List<StockLine> lineStates(List<PurchaseOrderView.Line> lines) {
        return lines.stream().map(line -> new StockLine(new ProductId(line.productId()), line.quantity())).toList();
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = value.strip();
        if (stripped.length() > max) {
            throw Refusals.invalid(field, "has at most " + max + " characters");
        }
        return stripped;
    }
}
