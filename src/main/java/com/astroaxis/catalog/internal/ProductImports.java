package com.astroaxis.catalog.internal;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.astroaxis.platform.security.AuthenticatedUser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * Product imports from CSV: every row is checked first, with all problems reported; a file with any bad row writes
 * nothing. A good file is written in one transaction, while the request waits for small files, in the background
 * for files of more than {@code astroaxis.catalog.import-async-rows} rows (progress in {@link ImportJobs}).
 */
@Service
public class ProductImports implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProductImports.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    /**
     * What the caller is told: the check's findings and, once applied, the import's id and state. {@code created}
     * products were added and {@code updated} existing ones changed; {@code imported} is their sum.
     */
    public record Report(UUID id, ImportJobs.Status status, boolean dryRun, boolean valid, int rows,
                         List<ImportPlan.Problem> errors, int errorCount, int imported, int created, int updated,
                         int processedRows, int totalRows) {
    }

    private final ImportParser parser;
    private final ImportWriter writer;
    private final ImportJobs jobs;
    private final int asyncRows;
    private final ExecutorService background = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("product-import-", 0).factory());
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

    ProductImports(ImportParser parser, ImportWriter writer, ImportJobs jobs,
            @Value("${astroaxis.catalog.import-async-rows:5000}") int asyncRows) {
        this.parser = parser;
        this.writer = writer;
        this.jobs = jobs;
        this.asyncRows = asyncRows;
    }

    public Report importFile(InputStream content, String fileName, boolean dryRun, ImportPlan.Mode mode,
            AuthenticatedUser caller) {
        var plan = parser.parse(content, mode);
        if (dryRun || !plan.isValid()) {
            return new Report(null, null, dryRun, plan.isValid(), plan.rows(), plan.errors(), plan.errorCount(), 0, 0,
                    0, 0, plan.rows());
        }
        var id = jobs.start(fileName, plan.rows(), caller.username());
        Runnable apply = () -> apply(id, fileName, caller.username(), mode, plan);
        if (plan.rows() <= asyncRows) {
            apply.run();
        } else {
            inFlight.add(id);
            background.execute(new DelegatingSecurityContextRunnable(() -> {
                try {
                    apply.run();
                } finally {
                    inFlight.remove(id);
                }
            }));
        }
        return status(id);
    }

    public Report status(UUID id) {
        var job = jobs.find(id).orElseThrow(() -> FieldErrors.notFound("That import"));
        if (job.status() == ImportJobs.Status.RUNNING && jobs.failIfAbandoned(id)) {
            job = jobs.find(id).orElseThrow();
        }
        var errors = job.failure() == null ? List.<ImportPlan.Problem>of()
                : List.of(new ImportPlan.Problem(null, null, job.failure()));
        return new Report(job.id(), job.status(), false, job.status() != ImportJobs.Status.FAILED, job.totalRows(),
                errors, errors.size(), job.importedRows(), job.createdRows(), job.updatedRows(), job.processedRows(),
                job.totalRows());
    }

    private void apply(UUID id, String fileName, String actor, ImportPlan.Mode mode, ImportPlan plan) {
        try {
            int[] reported = {0};
            var outcome = writer.apply(id, fileName, actor, mode, plan.valid(), written -> {
                if (written - reported[0] >= ImportWriter.BATCH * 2 || written == plan.rows()) {
                    jobs.progress(id, written);
                    reported[0] = written;
                }
            });
            jobs.done(id, outcome.created(), outcome.updated());
            jobs.refreshStatistics(outcome.imported());
        } catch (RuntimeException failure) {
            log.warn("Product import {} failed; nothing was imported", id, failure);
            jobs.failed(id, reason(failure));
        }
    }

    private static String reason(RuntimeException failure) {
        if (failure instanceof org.springframework.dao.DataIntegrityViolationException) {
            return "a SKU or barcode in the file was saved by someone else meanwhile; nothing was imported";
        }
        if (failure instanceof com.astroaxis.platform.web.ProblemException problem) {
            return problem.getMessage();
        }
        return "the import could not be completed; nothing was imported";
    }

    /**
     * On shutdown, a background import gets a few seconds to finish; one still running after that is stopped (its
     * transaction rolls back) and reported as failed at once, so nobody waits for it.
     */
    @Override
    public void destroy() throws InterruptedException {
        background.shutdown();
        if (!background.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            background.shutdownNow();
            for (var id : inFlight) {
                log.warn("Product import {} was stopped by the shutdown; nothing was imported", id);
                jobs.failed(id, ImportJobs.INTERRUPTED);
            }
        }
    }
}
