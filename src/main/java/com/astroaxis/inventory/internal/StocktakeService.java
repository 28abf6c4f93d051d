package com.astroaxis.inventory.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import com.astroaxis.branches.BranchId;
import com.astroaxis.catalog.ProductId;
import com.astroaxis.inventory.MovementKind;
import com.astroaxis.inventory.StocktakePosted;
import com.astroaxis.platform.quantity.Quantity;
import com.astroaxis.platform.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stocktakes: a sheet of expected levels, counted quantities, a variance report and the posting of corrections.
 * Selling goes on during a count, so the variance is counted − (expected + movements since the sheet was made); the
 * movements since are exactly the level now minus the level the sheet recorded, because levels are the ledger's sum.
 * Posting corrects each counted line to its count against the level at that moment, under the level's lock.
 */
@Service
public class StocktakeService {

    static final String DOCUMENT_TYPE = "stocktake";
    private final Ledger ledger;
    private final Stocktakes stocktakes;
    private final StockLevels levels;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StocktakeService(Ledger ledger, Stocktakes stocktakes, StockLevels levels, ApplicationEventPublisher events,
                     Clock clock) {
        this.ledger = ledger;
        this.stocktakes = stocktakes;
        this.levels = levels;
        this.events = events;
        this.clock = clock;
    }

    static final int LIST_LIMIT = 100;

    public record CountCommand(UUID productId, Quantity counted) {
    }

    @Transactional
    public StocktakeView create(UUID branchId, UUID categoryId) {
        StockService.require(branchId, "branchId");
        BranchAccess.require(branchId);
        ledger.branch(branchId);
        var id = UUID.randomUUID();
        stocktakes.create(id, branchId, categoryId, CurrentUser.actorName(), clock.instant());
        return stocktakes.find(id).orElseThrow();
    }

    /** The latest sheets of a branch the caller may see, newest first. */
    @Transactional(readOnly = true)
    public List<StocktakeView.Summary> list(UUID branchId) {
        StockService.require(branchId, "branchId");
        BranchAccess.require(branchId);
        return stocktakes.list(branchId, LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public StocktakeView get(UUID id) {
        return visible(id);
    }

    @Transactional
    public StocktakeView count(UUID id, List<CountCommand> lines) {
        visible(id);
        if (lines == null || lines.isEmpty()) {
            throw Refusals.invalid("lines", "at least one line is required");
        }
        requireOpen(id);
        var onSheet = new HashSet<UUID>();
        stocktakes.find(id).orElseThrow().lines().forEach(line -> onSheet.add(line.productId()));
        var seen = new HashSet<UUID>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var field = "lines[" + i + "]";
            StockService.require(line.productId(), field + ".productId");
            StockService.require(line.counted(), field + ".counted");
            if (!onSheet.contains(line.productId())) {
                throw Refusals.invalid(field + ".productId", "is not on this count sheet");
            }
            if (!seen.add(line.productId())) {
                throw Refusals.invalid(field + ".productId", "appears on more than one line");
            }
            QuantityRules.notNegative(line.counted(), field + ".counted");
            QuantityRules.fitsUnit(ledger.stockedProduct(line.productId()), line.counted(), field + ".counted");
            stocktakes.setCounted(id, line.productId(), line.counted().milli());
        }
        return stocktakes.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public StocktakeView.Variance variance(UUID id) {
        var sheet = visible(id);
        var lines = sheet.lines().stream().map(line -> {
            if (line.correction() != null) { // posted: what the posting found and corrected
                var levelAtPosting = line.counted().minus(line.correction());
                return new StocktakeView.VarianceLine(line.productId(), line.sku(), line.name(), line.unit(),
                        line.expected(), levelAtPosting.minus(line.expected()), line.counted(), line.correction());
            }
            var now = Quantity.ofMilli(levels.current(line.productId(), sheet.branchId()).orElse(0L));
            var since = now.minus(line.expected());
            var variance = line.counted() == null ? null : line.counted().minus(line.expected().plus(since));
            return new StocktakeView.VarianceLine(line.productId(), line.sku(), line.name(), line.unit(),
                    line.expected(), since, line.counted(), variance);
        }).toList();
        return new StocktakeView.Variance(sheet.id(), sheet.branchId(), sheet.status(), lines);
    }

    @Transactional
    public StocktakeView post(UUID id) {
        visible(id);
        requireOpen(id);
        var sheet = stocktakes.find(id).orElseThrow(); // read again under the lock: counts saved meanwhile count
        if (!stocktakes.markPosted(id, CurrentUser.actorName(), clock.instant())) {
            throw alreadyPosted();
        }
        var corrections = new ArrayList<StocktakePosted.Correction>();
        var counted = sheet.lines().stream().filter(line -> line.counted() != null)
                .sorted(Comparator.comparing(StocktakeView.Line::productId)).toList();
        for (var line : counted) {
            var level = Quantity.ofMilli(levels.lock(line.productId(), sheet.branchId()));
            var correction = line.counted().minus(level);
            if (correction.milli() != 0) {
                ledger.post(new Ledger.Entry(line.productId(), sheet.branchId(), MovementKind.COUNT_CORRECTION,
                        correction, null, null, DOCUMENT_TYPE, id.toString(), null, "counted"));
            }
            stocktakes.setCorrection(id, line.productId(), correction.milli());
            corrections.add(new StocktakePosted.Correction(new ProductId(line.productId()), line.counted(),
                    correction));
        }
        events.publishEvent(new StocktakePosted(id, new BranchId(sheet.branchId()), corrections));
        return stocktakes.find(id).orElseThrow();
    }

    private void requireOpen(UUID id) {
        if (!stocktakes.lockOpen(id)) {
            throw alreadyPosted();
        }
    }

    private static RuntimeException alreadyPosted() {
        return Refusals.conflict("stocktake-posted", "Stocktake already posted",
                "This stocktake was posted; its counts and corrections can no longer change.");
    }

    private StocktakeView visible(UUID id) {
        return stocktakes.find(id).filter(sheet -> BranchAccess.allowed(sheet.branchId()))
                .orElseThrow(() -> Refusals.notFound("stocktake", id));
    }
}
