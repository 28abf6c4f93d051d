package com.astroaxis.catalog.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code ca_import} table. Every method commits on its own (a new transaction), so progress is visible while the
 * import's own transaction is still running, and a failure is recorded after that transaction rolled back.
 *
 * <p>A running import moves its heartbeat on with every progress report (every couple of seconds). One whose heartbeat
 * is older than {@link #STALE} died with its server (a crash or a power cut): its transaction was rolled back with
 * the lost connection, so it is reported as failed with nothing imported rather than as running for ever.
 */
@Component
public class ImportJobs {

    public enum Status { RUNNING, DONE, FAILED }

    static final Duration STALE = Duration.ofMinutes(10);
    static final String INTERRUPTED = "the import stopped before it finished (the server was stopped or lost its "
            + "database); nothing was imported. Start it again.";

    /** {@code importedRows} is {@code createdRows + updatedRows}. */
    public record Job(UUID id, Status status, String fileName, int totalRows, int processedRows, int importedRows,
                      int createdRows, int updatedRows, String failure, String startedBy, Instant startedAt,
                      Instant finishedAt) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    ImportJobs(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public UUID start(String fileName, int totalRows, String startedBy) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into ca_import (id, status, file_name, total_rows, started_by, started_at, heartbeat_at)
                values (?, 'RUNNING', ?, ?, ?, ?, ?)""")
                .params(id, fileName, totalRows, startedBy, now(), now())
                .update();
        return id;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void progress(UUID id, int processedRows) {
        jdbc.sql("update ca_import set processed_rows = ?, heartbeat_at = ? where id = ? and status = 'RUNNING'")
                .params(processedRows, now(), id).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void done(UUID id, int createdRows, int updatedRows) {
        jdbc.sql("""
                update ca_import set status = 'DONE', processed_rows = total_rows, imported_rows = ?, created_rows = ?,
                                     updated_rows = ?, finished_at = ?
                where id = ?""").params(createdRows + updatedRows, createdRows, updatedRows, now(), id).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(UUID id, String reason) {
        var text = reason.length() > 500 ? reason.substring(0, 500) : reason;
        jdbc.sql("update ca_import set status = 'FAILED', failure = ?, imported_rows = 0, created_rows = 0, "
                + "updated_rows = 0, finished_at = ? where id = ?")
                .params(text, now(), id).update();
    }

    /**
     * Reports the import as failed if it is running but its heartbeat stopped more than {@link #STALE} ago; true if
     * it did. Asked only about an import that reads as running, so finished ones cost no write.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean failIfAbandoned(UUID id) {
        var cutoff = OffsetDateTime.ofInstant(clock.instant().minus(STALE), ZoneOffset.UTC);
        return jdbc.sql("""
                update ca_import set status = 'FAILED', failure = ?, imported_rows = 0, created_rows = 0,
                                     updated_rows = 0, finished_at = ?
                where id = ? and status = 'RUNNING' and heartbeat_at < ?""")
                .params(INTERRUPTED, now(), id, cutoff).update() == 1;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * After a large import, on PostgreSQL: fresh planner statistics, so that searches use the trigram indexes at once
     * rather than after autovacuum's next analyze (until then the planner takes a catalogue of 100,000 products for a
     * small table and reads all of it for every search).
     */
    public void refreshStatistics(int importedRows) {
        if (importedRows < 1000) {
            return;
        }
        try {
            var product = template.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            if ("PostgreSQL".equalsIgnoreCase(product)) {
                template.execute("analyze ca_product, ca_barcode, ca_category");
            }
        } catch (org.springframework.dao.DataAccessException notNow) {
            // autovacuum analyzes the tables later; searches are slower until then
        }
    }

    @Transactional(readOnly = true)
    public Optional<Job> find(UUID id) {
        return jdbc.sql("""
                select id, status, file_name, total_rows, processed_rows, imported_rows, created_rows,
                       updated_rows, failure, started_by, started_at, finished_at
                from ca_import where id = ?""").param(id)
                .query((row, n) -> new Job(row.getObject(1, UUID.class), Status.valueOf(row.getString(2)),
                        row.getString(3), row.getInt(4), row.getInt(5), row.getInt(6), row.getInt(7), row.getInt(8),
                        row.getString(9), row.getString(10), row.getObject(11, OffsetDateTime.class).toInstant(),
                        row.getObject(12, OffsetDateTime.class) == null ? null
                                : row.getObject(12, OffsetDateTime.class).toInstant()))
                .optional();
    }
}
