package com.astroaxis.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.astroaxis.files.FileId;
import com.astroaxis.files.FileManagement;
import com.astroaxis.files.FileUploaded;
import com.astroaxis.files.FileView;
import com.astroaxis.platform.config.AstroAxisSettings;
import com.astroaxis.platform.security.AuthenticatedUser;
import com.astroaxis.platform.security.CurrentUser;
import com.astroaxis.platform.web.ProblemException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores uploads in three steps, so that a refused or failed upload leaves nothing behind: the content goes to a
 * temporary file and is checked there; it is moved to its final name; its row is inserted and the event published
 * in one transaction. A failed insert, or a rollback of the caller's transaction, deletes the file again.
 */
@Service
class DefaultFileManagement implements FileManagement {

    private static final Logger log = LoggerFactory.getLogger(DefaultFileManagement.class);
    private static final Pattern PURPOSE = Pattern.compile("[A-Za-z0-9._-]{1,60}");

    private final FileRecords records;
    private final FileStorage storage;
    private final FileTypeDetector detector;
    private final AstroAxisSettings.Uploads uploads;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ZoneId zone;

    DefaultFileManagement(FileRecords records, AstroAxisSettings settings, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.records = records;
        this.storage = new FileStorage(settings.dataDir());
        this.detector = new FileTypeDetector(ZipInspector.Limits.DEFAULT);
        this.uploads = settings.uploads();
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.zone = settings.timezone();
        var unknown = uploads.allowedTypes().stream().filter(type -> !FileType.known(type)).toList();
        if (!unknown.isEmpty()) {
            log.warn("ALLOWED_UPLOAD_TYPES names types AstroAxis cannot recognise, which are never accepted: {}", unknown);
        }
    }

    @Override
    public FileView store(String originalName, InputStream content, String purpose) {
        var name = FileNames.sanitise(originalName);
        var label = purpose(purpose);
        var id = UUID.randomUUID();
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as the database keeps it
        FileStorage.Pending pending;
        FileType type;
        try {
            pending = storage.receive(id, now.atZone(zone).toLocalDate(), content, uploads.maxSizeBytes());
            type = check(pending, name);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store an upload", e);
        }
        var file = new FileView(new FileId(id), name, type.mediaType(), pending.size(), pending.sha256(), label,
                CurrentUser.get().map(AuthenticatedUser::id).orElse(null), now);
        Path stored;
        try {
            stored = storage.keep(pending);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store an upload", e);
        }
        try {
            transactions.executeWithoutResult(status -> {
                TransactionSynchronizationManager.registerSynchronization(deleteUnlessCommitted(stored));
                records.insert(new FileRecords.FileRecord(file, pending.relativePath()));
                events.publishEvent(new FileUploaded(file.id(), file.name(), file.contentType(), file.size(),
                        file.sha256(), file.purpose(), file.uploadedBy(), now));
            });
        } catch (RuntimeException e) {
            storage.delete(stored);
            throw e;
        }
        return file;
    }

    @Override
    public Optional<FileView> find(UUID id) {
        return records.find(id).map(FileRecords.FileRecord::view);
    }

    @Override
    public InputStream open(FileId id) {
        var record = records.find(id.value()).orElseThrow(() -> notFound(id));
        try {
            return storage.open(record.storedPath());
        } catch (NoSuchFileException e) {
            log.error("The content of file {} is missing from {}", id, storage.root());
            throw notFound(id);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read file " + id, e);
        }
    }

    /** Checks the received content; refused content is deleted before the refusal is thrown. */
    private FileType check(FileStorage.Pending pending, String name) throws IOException {
        try {
            if (pending.size() == 0) {
                throw UploadProblems.empty();
            }
            return detector.accept(pending.temporary(), name, uploads.allowedTypes());
        } catch (IOException | RuntimeException e) {
            storage.discard(pending);
            throw e;
        }
    }

    private static String purpose(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            return null;
        }
        var label = purpose.strip();
        if (!PURPOSE.matcher(label).matches()) {
            throw UploadProblems.badPurpose();
        }
        return label;
    }

    private TransactionSynchronization deleteUnlessCommitted(Path stored) {
        return new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    storage.delete(stored);
                }
            }
        };
    }

    static ProblemException notFound(FileId id) {
        return new ProblemException(HttpStatus.NOT_FOUND, "file-not-found", "File not found",
                "There is no file " + id + ".");
    }
}
