package com.astroaxis.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.astroaxis.notifications.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code nt_message} and {@code nt_attempt} tables. */
@Repository
class Outbox {

    static final int MAX_ERROR_LENGTH = 500;
    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, Channel channel, String recipient, String template, String payload, Instant now) {
        jdbc.sql("""
                insert into nt_message (id, channel, recipient, template, payload, status, attempts, next_attempt_at,
                                        created_at)
                values (:id, :channel, :recipient, :template, :payload, 'PENDING', 0, :now, :now)""")
                .param("id", id).param("channel", channel.name()).param("recipient", recipient)
                .param("template", template).param("payload", payload).param("now", time(now))
                .update();
    }

    /** Pending messages whose time has come, oldest due first. */
    List<UUID> due(Instant now, int limit) {
        return jdbc.sql("""
                select id from nt_message where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at limit :limit""")
                .param("now", time(now)).param("limit", limit).query(UUID.class).list();
    }

    /**
     * Takes a due message for one attempt by pushing its next attempt past {@code leaseUntil}. Only one caller, in
     * this instance or another, gets {@code true}; if the attempt is never recorded (a crash), the message is due
     * again when the lease runs out.
     */
    boolean claim(UUID id, Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                update nt_message set next_attempt_at = :lease
                where id = :id and status = 'PENDING' and next_attempt_at <= :now""")
                .param("lease", time(leaseUntil)).param("id", id).param("now", time(now)).update() == 1;
    }

    Optional<OutboxMessage> find(UUID id) {
        return jdbc.sql("select id, channel, recipient, template, payload, attempts from nt_message where id = :id")
                .param("id", id)
                .query((rs, row) -> new OutboxMessage(rs.getObject("id", UUID.class),
                        Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("template"),
                        rs.getString("payload"), rs.getInt("attempts")))
                .optional();
    }

    @Transactional
    void recordSent(UUID id, int attempt, Instant at) {
        insertAttempt(id, attempt, at, MessageStatus.SENT, null);
        jdbc.sql("""
                update nt_message set status = 'SENT', attempts = :attempt, last_error = null, sent_at = :at
                where id = :id""")
                .param("attempt", attempt).param("at", time(at)).param("id", id).update();
    }

    /** @param retryAt when to try again, or null to give up (FAILED) */
    @Transactional
    void recordFailure(UUID id, int attempt, Instant at, String error, Instant retryAt) {
        var trimmed = trim(error);
        insertAttempt(id, attempt, at, MessageStatus.FAILED, trimmed);
        jdbc.sql("""
                update nt_message set status = :status, attempts = :attempt, last_error = :error,
                                      next_attempt_at = :next
                where id = :id""")
                .param("status", (retryAt == null ? MessageStatus.FAILED : MessageStatus.PENDING).name())
                .param("attempt", attempt).param("error", trimmed)
                .param("next", time(retryAt == null ? at : retryAt)).param("id", id).update();
    }

    MessagePage page(MessageStatus status, int page, int size) {
        var where = status == null ? "" : " where status = :status";
        Map<String, Object> filter = status == null ? Map.of() : Map.of("status", status.name());
        var total = jdbc.sql("select count(*) from nt_message" + where).params(filter).query(Long.class).single();
        var items = jdbc.sql("""
                select id, channel, recipient, template, status, attempts, last_error, created_at, sent_at
                from nt_message""" + where + " order by created_at desc, id limit :limit offset :offset")
                .params(filter).param("limit", size).param("offset", (long) page * size)
                .query(Outbox::summary).list();
        return new MessagePage(items, page, size, total);
    }

    private void insertAttempt(UUID id, int attempt, Instant at, MessageStatus outcome, String error) {
        jdbc.sql("""
                insert into nt_attempt (message_id, attempt, attempted_at, outcome, error)
                values (:id, :attempt, :at, :outcome, :error)""")
                .param("id", id).param("attempt", attempt).param("at", time(at)).param("outcome", outcome.name())
                .param("error", error).update();
    }

    private static MessageSummary summary(ResultSet rs, int row) throws SQLException {
        return new MessageSummary(rs.getObject("id", UUID.class), Channel.valueOf(rs.getString("channel")),
                Recipients.mask(rs.getString("recipient")), rs.getString("template"),
                MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                instant(rs, "created_at"), instant(rs, "sent_at"));
    }

    static String trim(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
