package com.astroaxis.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.astroaxis.audit.AuditQuery;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code au_entry} and {@code au_chain_head} tables. Rows are only ever inserted; the head is moved. */
@Repository
class AuditEntries {

    private static final String COLUMNS = "sequence_number, entry_id, occurred_at, actor, action, object_type, "
            + "object_id, before_state, after_state, reason, request_id, client_ip, prev_hash, hash";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditEntries(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The chain head, locked until the current transaction ends: appends queue here, one at a time. */
    ChainHead lockHead() {
        return jdbc.sql("select last_sequence, last_hash from au_chain_head where id = 1 for update")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2))).optional()
                .orElseThrow(() -> new IllegalStateException("the audit chain head is missing: run 'audit verify'"));
    }

    Optional<ChainHead> head() {
        return jdbc.sql("select last_sequence, last_hash from au_chain_head where id = 1")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2))).optional();
    }

    void append(AuditEntry entry) {
        jdbc.sql("insert into au_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(entry.sequence(), entry.entryId(), utc(entry.occurredAt()), entry.actor(), entry.action(),
                        entry.objectType(), entry.objectId(), entry.beforeState(), entry.afterState(), entry.reason(),
                        entry.requestId(), entry.clientIp(), entry.prevHash(), entry.hash())
                .update();
    }

    /** Inserts the entries in JDBC batches. */
    void appendAll(List<AuditEntry> chain) {
        template.batchUpdate("insert into au_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                chain.stream().map(entry -> new Object[] {entry.sequence(), entry.entryId(), utc(entry.occurredAt()),
                        entry.actor(), entry.action(), entry.objectType(), entry.objectId(), entry.beforeState(),
                        entry.afterState(), entry.reason(), entry.requestId(), entry.clientIp(), entry.prevHash(),
                        entry.hash()}).toList());
    }

    void moveHead(AuditEntry last) {
        jdbc.sql("update au_chain_head set last_sequence = ?, last_hash = ? where id = 1")
                .params(last.sequence(), last.hash()).update();
    }

    /** At most {@code limit} entries after the given sequence number, in sequence order. */
    List<AuditEntry> after(long sequence, int limit) {
        return jdbc.sql("select " + COLUMNS + " from au_entry where sequence_number > ? "
                        + "order by sequence_number limit ?")
                .params(sequence, limit).query(AuditEntries::entry).list();
    }

    List<AuditEntry> search(AuditQuery query) {
        var filter = new Filter(query);
        return jdbc.sql("select " + COLUMNS + " from au_entry" + filter.where
                        + " order by sequence_number desc limit :limit offset :offset")
                .params(filter.params).param("limit", query.size()).param("offset", query.offset())
                .query(AuditEntries::entry).list();
    }

    long count(AuditQuery query) {
        var filter = new Filter(query);
        return jdbc.sql("select count(*) from au_entry" + filter.where).params(filter.params)
                .query(Long.class).single();
    }

    /** Both drivers take an OffsetDateTime for {@code timestamp with time zone}. */
    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("sequence_number"), rs.getObject("entry_id", UUID.class),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("before_state"), rs.getString("after_state"), rs.getString("reason"),
                rs.getString("request_id"), rs.getString("client_ip"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    /** The where clause of a search and its named parameters. */
    private static final class Filter {
        private final String where;
        private final Map<String, Object> params = new HashMap<>();

        Filter(AuditQuery query) {
            var conditions = new StringBuilder();
            add(conditions, "actor = :actor", "actor", query.actor());
            add(conditions, "action = :action", "action", query.action());
            add(conditions, "occurred_at >= :from", "from", utc(query.from()));
            add(conditions, "occurred_at < :to", "to", utc(query.to()));
            where = conditions.toString();
        }

        private void add(StringBuilder conditions, String condition, String name, Object value) {
            if (value != null) {
                conditions.append(conditions.isEmpty() ? " where " : " and ").append(condition);
                params.put(name, value);
            }
        }
    }
}
