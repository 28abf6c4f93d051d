package com.astroaxis.branches.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.astroaxis.branches.BranchDirectory;
import com.astroaxis.branches.BranchId;
import com.astroaxis.branches.BranchKind;
import com.astroaxis.branches.BranchSaved;
import com.astroaxis.branches.BranchView;
import com.astroaxis.branches.OversellPolicy;
import com.astroaxis.branches.internal.BranchCommands.CreateBranch;
import com.astroaxis.branches.internal.BranchCommands.UpdateBranch;
import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.security.AuthenticatedUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Branches as administrators keep them and other modules ask about them. A caller sees only the branches they may
 * work in; every save publishes {@link BranchSaved} and an audit record in its transaction.
 */
@Service
public class BranchService implements BranchDirectory {

    private final BranchRecords records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BranchService(BranchRecords records, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BranchView> find(BranchId id) {
        return records.find(id.value());
    }

    @Override
    @Transactional(readOnly = true)
    public List<BranchView> all() {
        return records.all();
    }

    @Transactional(readOnly = true)
    public List<BranchView> visibleTo(AuthenticatedUser caller) {
        return records.all().stream().filter(branch -> caller.mayAccessBranch(branch.id().value())).toList();
    }

    @Transactional(readOnly = true)
    public BranchView get(UUID id, AuthenticatedUser caller) {
        return records.find(id).filter(branch -> caller.mayAccessBranch(id)).orElseThrow(FieldErrors::notFound);
    }

    @Transactional
    public BranchView create(CreateBranch command, AuthenticatedUser caller) {
        var branch = BranchRules.valid(new BranchView(new BranchId(UUID.randomUUID()), command.code(), command.name(),
                command.kind() == null ? BranchKind.SHOP : command.kind(), command.address(), command.phone(),
                command.latitude(), command.longitude(), command.radiusMeters(), command.receiptHeader(),
                command.receiptFooter(), command.oversell() == null ? OversellPolicy.BLOCK : command.oversell(), true));
        if (records.codeTaken(branch.code(), branch.id().value())) {
            throw FieldErrors.codeTaken(branch.code());
        }
        records.insert(branch, clock.instant());
        events.publishEvent(new BranchSaved(branch));
        events.publishEvent(new BranchAudited(AuditRecord.of(caller.username(), "branch.created", "branch", branch.id())
                .withAfter(state(branch))));
        return branch;
    }

    @Transactional
    public BranchView update(UUID id, UpdateBranch change, AuthenticatedUser caller) {
        var unknown = change.clear().stream().filter(field -> !UpdateBranch.CLEARABLE.contains(field)).sorted().toList();
        if (!unknown.isEmpty()) {
            var errors = new FieldErrors();
            errors.add("clear", "names fields that cannot be cleared: " + String.join(", ", unknown)
                    + " (only latitude, longitude and radiusMeters)");
            errors.throwIfAny();
        }
        var before = records.lock(id).filter(branch -> caller.mayAccessBranch(id)).orElseThrow(FieldErrors::notFound);
        var clear = change.clear();
        var after = BranchRules.valid(new BranchView(before.id(), or(change.code(), before.code()),
                or(change.name(), before.name()), or(change.kind(), before.kind()), or(change.address(), before.address()),
                or(change.phone(), before.phone()),
                clear.contains("latitude") ? null : or(change.latitude(), before.latitude()),
                clear.contains("longitude") ? null : or(change.longitude(), before.longitude()),
                clear.contains("radiusMeters") ? null : or(change.radiusMeters(), before.radiusMeters()),
                or(change.receiptHeader(), before.receiptHeader()), or(change.receiptFooter(), before.receiptFooter()),
                or(change.oversell(), before.oversell()), or(change.active(), before.active())));
        if (after.equals(before)) {
            return before;
        }
        if (!after.code().equals(before.code()) && records.codeTaken(after.code(), id)) {
            throw FieldErrors.codeTaken(after.code());
        }
        records.update(after, clock.instant());
        events.publishEvent(new BranchSaved(after));
        events.publishEvent(new BranchAudited(new AuditRecord(caller.username(), "branch.updated", "branch",
                id.toString(), state(before), state(after), null)));
        return after;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static Map<String, Object> state(BranchView branch) {
        var state = new LinkedHashMap<String, Object>();
        state.put("code", branch.code());
        state.put("name", branch.name());
        state.put("kind", branch.kind().name());
        state.put("address", branch.address());
        state.put("phone", branch.phone());
        state.put("latitude", branch.latitude() == null ? null : branch.latitude().toPlainString());
        state.put("longitude", branch.longitude() == null ? null : branch.longitude().toPlainString());
        state.put("radiusMeters", branch.radiusMeters());
        state.put("receiptHeader", branch.receiptHeader());
        state.put("receiptFooter", branch.receiptFooter());
        state.put("oversell", branch.oversell().name());
        state.put("active", branch.active());
        state.values().removeIf(java.util.Objects::isNull);
        return state;
    }
}
