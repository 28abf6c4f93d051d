package com.astroaxis.inventory.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code in_stock_level} rows, changed only by atomic increments so that simultaneous movements never lose an
 * update: the row lock taken by the increment holds until the movement's transaction ends.
 */
@Repository
class StockLevels {

    private static final int ATTEMPTS = 3;
    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    StockLevels(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Adds {@code deltaMilli} to the level and returns the new level; with {@code mayGoNegative} false, a decrease
     * that would take the level below zero changes nothing and returns empty.
     */
    OptionalLong add(UUID product, UUID branch, long deltaMilli, boolean mayGoNegative) {
        boolean guarded = !mayGoNegative && deltaMilli < 0;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int updated = jdbc.sql("update in_stock_level set quantity_milli = quantity_milli + :delta, "
                            + "version = version + 1 where product_id = :product and branch_id = :branch"
                            + (guarded ? " and quantity_milli + :delta >= 0" : ""))
                    .param("delta", deltaMilli).param("product", product).param("branch", branch).update();
            if (updated == 1) {
                return OptionalLong.of(current(product, branch).orElseThrow());
            }
            if (current(product, branch).isPresent()) {
                return OptionalLong.empty(); // the row exists, so only the guard can have refused
            }
            insertIfMissing(product, branch);
        }
        throw new IllegalStateException("stock level of " + product + " at " + branch + " could not be created");
    }

    /** The level, or empty when nothing ever moved. Inside a movement's transaction it sees that movement. */
    Optional<Long> current(UUID product, UUID branch) {
        return jdbc.sql("select quantity_milli from in_stock_level where product_id = :product and branch_id = :branch")
                .param("product", product).param("branch", branch).query(Long.class).optional();
    }

    /** The level, locked until the transaction ends (zero, and a new row, when nothing ever moved). */
    long lock(UUID product, UUID branch) {
        insertIfMissing(product, branch);
        return jdbc.sql("select quantity_milli from in_stock_level where product_id = :product and branch_id = :branch "
                        + "for update")
                .param("product", product).param("branch", branch).query(Long.class).single();
    }

    /** On hand across every branch: the weight of the old cost in the weighted average. */
    long total(UUID product) {
        return jdbc.sql("select coalesce(sum(quantity_milli), 0) from in_stock_level where product_id = :product")
                .param("product", product).query(Long.class).single();
    }

    OptionalLong reorderLevel(UUID product, UUID branch) {
        return jdbc.sql("select level_milli from in_reorder_level where product_id = :product and branch_id = :branch")
                .param("product", product).param("branch", branch).query(Long.class).optional()
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    void setReorderLevel(UUID product, UUID branch, long levelMilli) {
        int updated = jdbc.sql("update in_reorder_level set level_milli = :level where product_id = :product "
                        + "and branch_id = :branch")
                .param("level", levelMilli).param("product", product).param("branch", branch).update();
        if (updated == 0) {
            jdbc.sql("insert into in_reorder_level (product_id, branch_id, level_milli) values (:product, :branch, "
                    + ":level)").param("level", levelMilli).param("product", product).param("branch", branch).update();
        }
    }

    void flagOversold(UUID movement, UUID product, UUID branch, long levelAfterMilli, Instant at) {
        jdbc.sql("insert into in_oversell_flag (movement_id, product_id, branch_id, level_after_milli, flagged_at) "
                        + "values (:movement, :product, :branch, :level, :at)")
                .param("movement", movement).param("product", product).param("branch", branch)
                .param("level", levelAfterMilli).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    /** Inserts a zero level under a savepoint: a simultaneous first movement may have inserted it already. */
    private void insertIfMissing(UUID product, UUID branch) {
        if (current(product, branch).isPresent()) {
            return;
        }
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql("insert into in_stock_level (product_id, branch_id, "
                            + "quantity_milli, version) values (:product, :branch, 0, 0)")
                    .param("product", product).param("branch", branch).update());
        } catch (DuplicateKeyException alreadyThere) {
            // another transaction created it first; the next increment waits for and then uses its row
        }
    }
}
