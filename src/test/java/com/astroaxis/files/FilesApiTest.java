package com.astroaxis.files;

import static com.astroaxis.files.FileTestSupport.filesUnder;
import static com.astroaxis.files.FileTestSupport.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import com.astroaxis.testing.PostgresIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Uploading and downloading files over the API, against the real database and a real data directory. */
@AutoConfigureMockMvc
@RecordApplicationEvents
@TestPropertySource(properties = "DATA_DIR=target/test-data/files-api")
class FilesApiTest extends PostgresIntegrationTest {

    private static final Path DATA_DIR = Path.of("target/test-data/files-api").toAbsolutePath();
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FileManagement files;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEvents events;

    private final UUID ada = UUID.randomUUID();

    @Test
    void aPngComesBackByteForByteWithTheDetectedTypeAndSafeHeaders() throws Exception {
        var png = Samples.png();
        var upload = upload("till photo.png", "text/html", png, "receipt", user(ada, "files.upload", "files.read"));

        assertThat(upload.getStatus()).isEqualTo(201);
        var body = json(upload);
        var id = body.get("id").asString();
        assertThat(upload.getHeader("Location")).endsWith("/api/v1/files/" + id);
        assertThat(body.get("name").asString()).isEqualTo("till photo.png");
        assertThat(body.get("contentType").asString()).as("detected, not the client's").isEqualTo("image/png");
        assertThat(body.get("size").asLong()).isEqualTo(png.length);
        assertThat(body.get("sha256").asString()).isEqualTo(sha256(png));
        assertThat(body.get("purpose").asString()).isEqualTo("receipt");

        var download = mvc.perform(get("/api/v1/files/{id}", id).with(authentication(user(ada, "files.read"))))
                .andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(png);
        assertThat(download.getContentType()).isEqualTo("image/png");
        assertThat(download.getHeader("Content-Length")).isEqualTo(String.valueOf(png.length));
        assertThat(download.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"till photo.png\"; filename*=UTF-8''till%20photo.png");
        assertThat(download.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(download.getHeader("Cache-Control")).contains("no-store", "private");

        var meta = mvc.perform(get("/api/v1/files/{id}/meta", id).with(authentication(user(ada, "files.read"))))
                .andReturn().getResponse();
        assertThat(meta.getStatus()).isEqualTo(200);
        assertThat(json(meta).get("sha256").asString()).isEqualTo(sha256(png));
        assertThat(json(meta).get("contentType").asString()).isEqualTo("image/png");
    }

    @Test
    void theContentIsStoredUnderItsIdInAYearAndMonthFolder() throws Exception {
        var id = json(upload("photo.png", "image/png", Samples.png(), null, user(ada, "files.upload"))).get("id").asString();

        var month = LocalDate.now(ZoneId.of("Africa/Lagos"));
        var stored = DATA_DIR.resolve("files").resolve("%04d/%02d/%s".formatted(month.getYear(), month.getMonthValue(), id));
        assertThat(stored).exists().hasBinaryContent(Samples.png());
        assertThat(jdbc.sql("select stored_path from fl_file where id = ?").param(UUID.fromString(id)).query(String.class).single())
                .isEqualTo("%04d/%02d/%s".formatted(month.getYear(), month.getMonthValue(), id));
    }

    @Test
    void anUploadIsAuditedWithWhatWasStored() throws Exception {
        var id = json(upload("logo.png", "image/png", Samples.png(), "product-image", user(ada, "files.upload")))
                .get("id").asString();

        var event = events.stream(FileUploaded.class).filter(e -> e.fileId().toString().equals(id)).findFirst().orElseThrow();
        var record = event.auditRecord();
        assertThat(record.action()).isEqualTo("file.uploaded");
        assertThat(record.objectType()).isEqualTo("file");
        assertThat(record.objectId()).isEqualTo(id);
        assertThat(record.after()).containsEntry("name", "logo.png").containsEntry("contentType", "image/png")
                .containsEntry("size", (long) Samples.png().length).containsEntry("sha256", sha256(Samples.png()))
                .containsEntry("purpose", "product-image");
        assertThat(event.uploadedBy()).isEqualTo(ada);
    }

    @Test
    void htmlRenamedToPngIsRefusedAndLeavesNothingBehind() throws Exception {
        var refused = refusedUpload("photo.png", "image/png", Samples.html());

        assertProblem(refused, 415, "unsupported-file-type");
        assertThat(json(refused).get("detail").asString()).contains("content of 'photo.png' is not an allowed type");
    }

    @Test
    void aPdfNamedPngIsRefusedBecauseItsNameDoesNotMatch() throws Exception {
        var refused = refusedUpload("invoice.png", "image/png", Samples.pdf());

        assertProblem(refused, 415, "file-type-mismatch");
        assertThat(json(refused).get("detail").asString()).contains("PDF document", ".pdf");
    }

    @Test
    void aRealWordDocumentIsAccepted() throws Exception {
        var docx = Samples.docx();
        var response = upload("Supplier contract.docx", "application/octet-stream", docx, "contract", user(ada, "files.upload"));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(json(response).get("contentType").asString()).isEqualTo(DOCX);
        assertThat(json(response).get("size").asLong()).isEqualTo(docx.length);
    }

    @Test
    void aZipBombIsRefusedWithoutBeingUnpacked() throws Exception {
        var bomb = Samples.zipBomb(200);
        assertThat(bomb.length).as("200 MB of zeros, compressed").isLessThan(400_000);

        var refused = refusedUpload("report.docx", DOCX, bomb);

        assertProblem(refused, 422, "unsafe-archive");
        assertThat(json(refused).get("detail").asString()).contains("expands to more than 100 MB");
    }

    @Test
    void aPathInTheFileNameIsDroppedAndTheFileStaysInsideTheDataDirectory() throws Exception {
        var before = filesUnder(DATA_DIR.getParent());
        var response = upload("../../../../etc/cron.d/evil.png", "image/png", Samples.png(), null, user(ada, "files.upload"));

        assertThat(response.getStatus()).isEqualTo(201);
        var id = json(response).get("id").asString();
        assertThat(json(response).get("name").asString()).isEqualTo("evil.png");
        var added = new java.util.HashSet<>(filesUnder(DATA_DIR.getParent()));
        added.removeAll(before);
        assertThat(added).singleElement().satisfies(path -> {
            assertThat(path.startsWith(DATA_DIR.resolve("files"))).isTrue();
            assertThat(path.getFileName().toString()).isEqualTo(id);
        });
    }

    @Test
    void anonymousCallersMustSignIn() throws Exception {
        var uploadResponse = mvc.perform(multipart("/api/v1/files").file(file("photo.png", "image/png", Samples.png())))
                .andReturn().getResponse();
        var download = mvc.perform(get("/api/v1/files/{id}", UUID.randomUUID())).andReturn().getResponse();

        assertProblem(uploadResponse, 401, "unauthenticated");
        assertProblem(download, 401, "unauthenticated");
    }

    @Test
    void uploadingNeedsTheUploadPermission() throws Exception {
        var before = filesUnder(DATA_DIR);

        var response = upload("photo.png", "image/png", Samples.png(), null, user(ada, "files.read"));

        assertProblem(response, 403, "forbidden");
        assertThat(filesUnder(DATA_DIR)).isEqualTo(before);
    }

    @Test
    void theUploaderMayOpenTheirOwnFileButOthersNeedFilesRead() throws Exception {
        var id = json(upload("photo.png", "image/png", Samples.png(), null, user(ada, "files.upload"))).get("id").asString();
        var bisi = UUID.randomUUID();

        var own = mvc.perform(get("/api/v1/files/{id}", id).with(authentication(user(ada)))).andReturn().getResponse();
        var ownMeta = mvc.perform(get("/api/v1/files/{id}/meta", id).with(authentication(user(ada)))).andReturn().getResponse();
        var other = mvc.perform(get("/api/v1/files/{id}", id).with(authentication(user(bisi, "files.upload"))))
                .andReturn().getResponse();
        var otherMeta = mvc.perform(get("/api/v1/files/{id}/meta", id).with(authentication(user(bisi))))
                .andReturn().getResponse();
        var reader = mvc.perform(get("/api/v1/files/{id}", id).with(authentication(user(bisi, "files.read"))))
                .andReturn().getResponse();

        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(own.getContentAsByteArray()).isEqualTo(Samples.png());
        assertThat(ownMeta.getStatus()).isEqualTo(200);
        assertProblem(other, 403, "forbidden");
        assertProblem(otherMeta, 403, "forbidden");
        assertThat(reader.getStatus()).isEqualTo(200);
    }

    @Test
    void anUnknownFileIsNotFound() throws Exception {
        var response = mvc.perform(get("/api/v1/files/{id}", UUID.randomUUID()).with(authentication(user(ada, "files.read"))))
                .andReturn().getResponse();
        var meta = mvc.perform(get("/api/v1/files/{id}/meta", "not-an-id").with(authentication(user(ada, "files.read"))))
                .andReturn().getResponse();

        assertProblem(response, 404, "file-not-found");
        assertThat(meta.getStatus()).isEqualTo(400);
    }

    @Test
    void otherModulesStoreAndReadFilesThroughTheFacade() throws Exception {
        var stored = files.store("C:\\scans\\Receipt.PDF", new ByteArrayInputStream(Samples.pdf()), "expense");

        assertThat(stored.name()).isEqualTo("Receipt.PDF");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.uploadedBy()).as("stored by the system").isNull();
        assertThat(files.find(stored.id().value())).hasValue(stored);
        try (var in = files.open(stored.id())) {
            assertThat(in.readAllBytes()).isEqualTo(Samples.pdf());
        }
    }

    @Test
    void aFileStoredInATransactionThatRollsBackIsRemovedAgain() {
        var before = filesUnder(DATA_DIR);
        var rows = rowCount();

        var stored = transactions.execute(status -> {
            var file = files.store("scan.pdf", new ByteArrayInputStream(Samples.pdf()), null);
            status.setRollbackOnly();
            return file;
        });

        assertThat(files.find(stored.id())).isEmpty();
        assertThat(rowCount()).isEqualTo(rows);
        assertThat(filesUnder(DATA_DIR)).isEqualTo(before);
    }

    @Test
    void aBadPurposeIsRefused() throws Exception {
        var refused = refusedUpload("photo.png", "image/png", Samples.png(), "../../x");

        assertProblem(refused, 400, "invalid-purpose");
    }

    /** Refused: the answer, after checking that no file and no row were left behind. */
    private MockHttpServletResponse refusedUpload(String name, String type, byte[] content) throws Exception {
        return refusedUpload(name, type, content, null);
    }

    private MockHttpServletResponse refusedUpload(String name, String type, byte[] content, String purpose) throws Exception {
        var filesBefore = filesUnder(DATA_DIR);
        var rowsBefore = rowCount();
        var response = upload(name, type, content, purpose, user(ada, "files.upload", "files.read"));
        assertThat(filesUnder(DATA_DIR)).as("files on disk").isEqualTo(filesBefore);
        assertThat(rowCount()).as("rows in fl_file").isEqualTo(rowsBefore);
        return response;
    }

    private MockHttpServletResponse upload(String name, String type, byte[] content, String purpose,
            Authentication who) throws Exception {
        var request = multipart("/api/v1/files").file(file(name, type, content)).with(authentication(who));
        if (purpose != null) {
            request.param("purpose", purpose);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static MockMultipartFile file(String name, String type, byte[] content) {
        return new MockMultipartFile("file", name, type, content);
    }

    private long rowCount() {
        return jdbc.sql("select count(*) from fl_file").query(Long.class).single();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString());
    }

    static void assertProblem(MockHttpServletResponse response, int status, String type) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        @SuppressWarnings("unchecked")
        Map<String, Object> problem = JSON.readValue(response.getContentAsString(), Map.class);
        assertThat(problem.get("type")).isEqualTo("urn:astroaxis:problem:" + type);
        assertThat(problem.get("status")).isEqualTo(status);
        assertThat(problem).containsKeys("title", "detail");
        assertThat(response.getContentAsString()).doesNotContain("Exception", "at com.");
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
