package com.astroaxis.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.astroaxis.audit.AuditEntryView;
import com.astroaxis.audit.AuditManagement;
import com.astroaxis.audit.AuditPage;
import com.astroaxis.audit.AuditQuery;
import com.astroaxis.audit.VerificationResult;
import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.security.CurrentUser;
import com.astroaxis.platform.web.RequestIds;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultAuditManagement implements AuditManagement {

    /** Entries read per query while verifying: bounds memory however long the trail is. */
    static final int BATCH_SIZE = 1000;
    private final AuditEntries entries;
    private final StateJson json;
    private final Clock clock;

    DefaultAuditManagement(AuditEntries entries, StateJson json, Clock clock) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditRecord record) {
        if (record == null) {
            throw new IllegalArgumentException("an audit record is required");
        }
        var actor = actor(record);
        var head = entries.lockHead(); // the clock is read after the lock, so time follows the sequence
        var entry = entry(record, actor, head.lastSequence() + 1, clock.instant(), head.lastHash());
        entries.append(entry);
        entries.moveHead(entry);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(List<AuditRecord> records) {
        if (records == null || records.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("audit records are required");
        }
        if (records.isEmpty()) {
            return;
        }
        var actors = records.stream().map(DefaultAuditManagement::actor).toList();
        var head = entries.lockHead();
        var now = clock.instant();
        var chain = new ArrayList<AuditEntry>(records.size());
        long sequence = head.lastSequence();
        var previous = head.lastHash();
        for (int i = 0; i < records.size(); i++) {
            var entry = entry(records.get(i), actors.get(i), ++sequence, now, previous);
            chain.add(entry);
            previous = entry.hash();
        }
        entries.appendAll(chain);
        entries.moveHead(chain.getLast());
    }

    /** The record's actor (the signed-in user or {@code system} when it names none), its fields checked. */
    private static String actor(AuditRecord record) {
        var actor = record.actor() == null || record.actor().isBlank() ? CurrentUser.actorName() : record.actor();
        FieldLimits.check(actor, record);
        return actor;
    }

    private AuditEntry entry(AuditRecord record, String actor, long sequence, Instant at, String previousHash) {
        return new AuditEntry(sequence, UUID.randomUUID(), at, actor, record.action(), record.objectType(),
                record.objectId(), json.write(record.before()), json.write(record.after()), record.reason(),
                RequestIds.current(), RequestIds.currentClient(), previousHash, null).sealed();
    }

    /** One snapshot of the whole trail, so that entries appended meanwhile do not look like a moved head. */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public VerificationResult verify() {
        var verifier = new ChainVerifier();
        long after = 0;
        while (true) {
            var batch = entries.after(after, BATCH_SIZE);
            for (var entry : batch) {
                if (!verifier.accept(entry)) {
                    return verifier.finish(null); // the first fault is the verdict
                }
            }
            if (batch.size() < BATCH_SIZE) {
                return verifier.finish(entries.head().orElse(null));
            }
            after = batch.getLast().sequence();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public AuditPage search(AuditQuery query) {
        var items = entries.search(query).stream().map(this::view).toList();
        return new AuditPage(items, query.page(), query.size(), entries.count(query));
    }

    private AuditEntryView view(AuditEntry entry) {
        return new AuditEntryView(entry.sequence(), entry.occurredAt(), entry.actor(), entry.action(),
                entry.objectType(), entry.objectId(), json.read(entry.beforeState()), json.read(entry.afterState()),
                entry.reason(), entry.requestId(), entry.clientIp());
    }
}
