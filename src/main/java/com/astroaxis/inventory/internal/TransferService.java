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
import com.astroaxis.inventory.MovementKind;
import com.astroaxis.inventory.StockLine;
import com.astroaxis.inventory.TransferDispatched;
import com.astroaxis.inventory.TransferReceived;
import com.astroaxis.platform.quantity.Quantity;
import com.astroaxis.platform.security.CurrentUser;
import com.astroaxis.platform.web.ProblemException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers between branches: dispatching takes the stock out of the sending branch at once (TRANSFER_OUT); the
 * receiving branch records what arrived (TRANSFER_IN) and the shortfall stays on the transfer's lines.
 */
@Service
public class TransferService {

    static final String DOCUMENT_TYPE = "transfer";
    private final Ledger ledger;
    private final Transfers transfers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TransferService(Ledger ledger, Transfers transfers, ApplicationEventPublisher events, Clock clock) {
        this.ledger = ledger;
        this.transfers = transfers;
        this.events = events;
        this.clock = clock;
    }

    /** A product and a quantity from a request; quantity null when it was missing. */
    public record LineCommand(UUID productId, Quantity quantity) {
    }

    @Transactional
    public TransferView dispatch(UUID fromBranchId, UUID toBranchId, List<LineCommand> lines, String note) {
        StockService.require(fromBranchId, "fromBranchId");
        StockService.require(toBranchId, "toBranchId");
        if (fromBranchId.equals(toBranchId)) {
            throw Refusals.invalid("toBranchId", "must differ from fromBranchId");
        }
        if (lines == null || lines.isEmpty()) {
            throw Refusals.invalid("lines", "at least one line is required");
        }
        BranchAccess.require(fromBranchId);
        ledger.branch(fromBranchId);
        ledger.branch(toBranchId);
        var seen = new HashSet<UUID>();
        var checked = new ArrayList<TransferView.Line>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var field = "lines[" + i + "]";
            StockService.require(line.productId(), field + ".productId");
            if (!seen.add(line.productId())) {
                throw Refusals.invalid(field + ".productId", "appears on more than one line");
            }
            StockService.require(line.quantity(), field + ".quantity");
            var product = ledger.stockedProduct(line.productId());
            QuantityRules.positive(QuantityRules.fitsUnit(product, line.quantity(), field + ".quantity"),
                    field + ".quantity");
            checked.add(new TransferView.Line(line.productId(), line.quantity(), null, null));
        }
        var id = UUID.randomUUID();
        var cleanNote = note == null || note.isBlank() ? null : note.strip();
        var transfer = new TransferView(id, fromBranchId, toBranchId, "DISPATCHED", cleanNote,
                CurrentUser.actorName(), clock.instant(), null, null, checked);
        transfers.insert(transfer);
        // one product order for every transfer, so that simultaneous transfers lock levels in the same order
        var ordered = checked.stream().sorted(Comparator.comparing(TransferView.Line::productId)).toList();
        for (var line : ordered) {
            ledger.post(new Ledger.Entry(line.productId(), fromBranchId, MovementKind.TRANSFER_OUT,
                    line.sent().negate(), null, cleanNote, DOCUMENT_TYPE, id.toString(), null,
                    "lines[" + checked.indexOf(line) + "].quantity"));
        }
        events.publishEvent(new TransferDispatched(id, new BranchId(fromBranchId), new BranchId(toBranchId),
                checked.stream().map(l -> new StockLine(new ProductId(l.productId()), l.sent())).toList(),
                cleanNote));
        return transfers.find(id).orElseThrow();
    }

    /** Lines not mentioned arrived with nothing: their whole quantity is short. */
    @Transactional
    public TransferView receive(UUID transferId, List<LineCommand> lines) {
        var transfer = visible(transferId);
        if (!BranchAccess.allowed(transfer.toBranchId())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                    "Only staff of the receiving branch may record what arrived.");
        }
        var received = new HashMap<UUID, Quantity>();
        var sent = new HashMap<UUID, Quantity>();
        transfer.lines().forEach(line -> sent.put(line.productId(), line.sent()));
        var given = lines == null ? List.<LineCommand>of() : lines;
        for (int i = 0; i < given.size(); i++) {
            var line = given.get(i);
            var field = "lines[" + i + "]";
            StockService.require(line.productId(), field + ".productId");
            StockService.require(line.quantity(), field + ".quantity");
            var expected = sent.get(line.productId());
            if (expected == null) {
                throw Refusals.invalid(field + ".productId", "is not on this transfer");
            }
            if (received.put(line.productId(), line.quantity()) != null) {
                throw Refusals.invalid(field + ".productId", "appears on more than one line");
            }
            QuantityRules.notNegative(line.quantity(), field + ".quantity");
            if (line.quantity().compareTo(expected) > 0) {
                throw Refusals.invalid(field + ".quantity", "is more than the " + expected + " sent");
            }
            QuantityRules.fitsUnit(ledger.stockedProduct(line.productId()), line.quantity(), field + ".quantity");
        }
        if (!transfers.markReceived(transferId, CurrentUser.actorName(), clock.instant())) {
            throw Refusals.conflict("transfer-already-received", "Already received",
                    "This transfer was received already; its lines cannot be received again.");
        }
        var outcome = new ArrayList<TransferReceived.Line>();
        for (var line : transfer.lines()) {
            var arrived = received.getOrDefault(line.productId(), Quantity.ZERO);
            var shortfall = line.sent().minus(arrived);
            if (arrived.isPositive()) {
                ledger.post(new Ledger.Entry(line.productId(), transfer.toBranchId(), MovementKind.TRANSFER_IN,
                        arrived, null, null, DOCUMENT_TYPE, transferId.toString(), null, "quantity"));
            }
            transfers.recordReceived(transferId, line.productId(), arrived.milli(), shortfall.milli());
            outcome.add(new TransferReceived.Line(new ProductId(line.productId()), line.sent(), arrived, shortfall));
        }
        events.publishEvent(new TransferReceived(transferId, new BranchId(transfer.fromBranchId()),
                new BranchId(transfer.toBranchId()), outcome));
        return transfers.find(transferId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public TransferView get(UUID id) {
        return visible(id);
    }

    @Transactional(readOnly = true)
    public StockViews.Page<TransferView> list(UUID branchId, Paging paging) {
        if (branchId != null) {
            BranchAccess.require(branchId);
        }
        var visible = BranchAccess.visible();
        return new StockViews.Page<>(transfers.search(branchId, visible, paging.page(), paging.size()), paging.page(),
                paging.size(), transfers.count(branchId, visible));
    }

    /** A transfer the caller may see: one of its two branches is theirs. */
    private TransferView visible(UUID id) {
        return transfers.find(id)
                .filter(t -> BranchAccess.allowed(t.fromBranchId()) || BranchAccess.allowed(t.toBranchId()))
                .orElseThrow(() -> Refusals.notFound("transfer", id));
    }
}
