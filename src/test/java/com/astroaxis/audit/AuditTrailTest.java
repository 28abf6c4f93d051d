package com.astroaxis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import com.astroaxis.identity.IdentityManagement;
import com.astroaxis.platform.audit.AuditRecord;
import com.astroaxis.platform.security.AuthenticatedUser;
import com.astroaxis.platform.web.RequestIds;
import com.astroaxis.testing.PostgresIntegrationTest;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail on PostgreSQL: appended with the change it records, in one unbroken chain, never rewritten. */
class AuditTrailTest extends PostgresIntegrationTest {

    @Autowired
    AuditManagement audit;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityManagement identity;
    @Autowired
    java.time.Clock clock;

    @Test
    void concurrentAppendsFromManyThreadsFormOneGaplessChain() throws Exception {
        var action = "test.concurrent-" + UUID.randomUUID();
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<?>>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int thread = 0; thread < 8; thread++) {
                var actor = "thread-" + thread;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 25; i++) {
                        var record = AuditRecord.of(actor, action, "test", i);
                        transaction.executeWithoutResult(status -> events.publishEvent(new Happened(record)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var future : futures) {
                future.get();
            }
        }

        assertThat(jdbc.sql("select count(*) from au_entry where action = ?").param(action).query(Long.class).single())
                .isEqualTo(200);
        var sequences = jdbc.sql("select sequence_number from au_entry order by sequence_number")
                .query(Long.class).list();
        var last = sequences.getLast();
        assertThat(sequences).as("1..N without gaps").isEqualTo(LongStream.rangeClosed(1, last).boxed().toList());
        assertThat(head()).isEqualTo(last);
        var verification = audit.verify();
        assertThat(verification.ok()).as(verification.summary()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(last);
    }

    @Test
    void anEntryPublishedInATransactionThatRollsBackLeavesNoTrace() {
        var action = "test.rolled-back-" + UUID.randomUUID();
        var headBefore = head();

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new Happened(AuditRecord.of("ada", action, "sale", "S-1")));
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("select count(*) from au_entry where action = ?").param(action).query(Long.class).single())
                .isZero();
        assertThat(head()).isEqualTo(headBefore);
        audit.record(AuditRecord.of("ada", action, "sale", "S-1"));
        assertThat(head()).as("the next entry takes the number the rolled-back one would have had")
                .isEqualTo(headBefore + 1);
        assertThat(audit.verify().ok()).isTrue();
    }

    @Test
    void anEventIsRecordedWithItsStateSortedAndTheRequestItCameFrom() {
        var action = "test.price-changed-" + UUID.randomUUID();
        var before = clock.instant().truncatedTo(ChronoUnit.MICROS);
        MDC.put(RequestIds.MDC_KEY, "till-3-000042");
        MDC.put(RequestIds.CLIENT_MDC_KEY, "10.1.2.3");
        try {
            events.publishEvent(new Happened(new AuditRecord(null, action, "product", "P-1",
                    Map.of("price", 1500, "name", "Rice 50kg"), Map.of("price", 1600, "name", "Rice 50kg",
                    "tags", List.of("grain")), "supplier raised the price")));
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
            MDC.remove(RequestIds.CLIENT_MDC_KEY);
        }

        var row = jdbc.sql("select * from au_entry where action = ?").param(action).query().singleRow();
        assertThat(row.get("actor")).as("nobody signed in").isEqualTo("system");
        assertThat(row.get("object_type")).isEqualTo("product");
        assertThat(row.get("object_id")).isEqualTo("P-1");
        assertThat(row.get("before_state")).isEqualTo("{\"name\":\"Rice 50kg\",\"price\":1500}");
        assertThat(row.get("after_state")).isEqualTo("{\"name\":\"Rice 50kg\",\"price\":1600,\"tags\":[\"grain\"]}");
        assertThat(row.get("reason")).isEqualTo("supplier raised the price");
        assertThat(row.get("request_id")).isEqualTo("till-3-000042");
        assertThat(row.get("client_ip")).isEqualTo("10.1.2.3");
        assertThat(((java.sql.Timestamp) row.get("occurred_at")).toInstant()).isBetween(before, clock.instant());
        assertThat((String) row.get("hash")).matches("[0-9a-f]{64}");
        var previous = jdbc.sql("select hash from au_entry where sequence_number = ?")
                .param((Long) row.get("sequence_number") - 1).query(String.class).optional()
                .orElse("0".repeat(64));
        assertThat(row.get("prev_hash")).isEqualTo(previous);
    }

    @Test
    void anEntryWithoutAnActorIsAttributedToTheSignedInUser() {
        var action = "test.signed-in-" + UUID.randomUUID();
        var user = new AuthenticatedUser(UUID.randomUUID(), "bola", Set.of(), true, UUID.randomUUID());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
        try {
            audit.record(AuditRecord.of(null, action, "sale", "S-9"));
        } finally {
            SecurityContextHolder.clearContext();
        }

        assertThat(jdbc.sql("select actor from au_entry where action = ?").param(action).query(String.class).single())
                .isEqualTo("bola");
    }

    @Test
    void creatingAnAdministratorIsAuditedWithoutThePassword() {
        var username = "auditee-" + Long.toString(System.nanoTime(), 36);

        var id = identity.createAdministrator(username, null, "a secret passphrase", "command-line");

        var row = jdbc.sql("select * from au_entry where object_type = 'user' and object_id = ?")
                .param(id.toString()).query().singleRow();
        assertThat(row.get("action")).isEqualTo("user.admin-created");
        assertThat(row.get("actor")).isEqualTo("command-line");
        assertThat(row.get("after_state"))
                .isEqualTo("{\"roles\":[\"Owner\",\"Admin\"],\"username\":\"" + username + "\"}");
        assertThat(row.toString()).doesNotContain("secret passphrase", "bcrypt");
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries() {
        audit.record(AuditRecord.of("ada", "test.protected", "sale", "S-2"));
        var sequence = head();

        assertThatThrownBy(() -> jdbc.sql("update au_entry set actor = 'eve' where sequence_number = ?")
                .param(sequence).update()).rootCause().hasMessageContaining("append-only: UPDATE on au_entry");
        assertThatThrownBy(() -> jdbc.sql("delete from au_entry where sequence_number = ?").param(sequence).update())
                .rootCause().hasMessageContaining("append-only: DELETE on au_entry");
        assertThatThrownBy(() -> jdbc.sql("truncate au_entry").update())
                .rootCause().hasMessageContaining("append-only: TRUNCATE on au_entry");
        assertThatThrownBy(() -> jdbc.sql("delete from au_chain_head").update())
                .rootCause().hasMessageContaining("append-only: DELETE on au_chain_head");

        assertThat(jdbc.sql("select actor from au_entry where sequence_number = ?").param(sequence)
                .query(String.class).single()).isEqualTo("ada");
        assertThat(audit.verify().ok()).isTrue();
    }

    private long head() {
        return jdbc.sql("select last_sequence from au_chain_head").query(Long.class).single();
    }
}
