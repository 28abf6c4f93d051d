package com.astroaxis.files;

import static com.astroaxis.files.FileTestSupport.filesUnder;
import static com.astroaxis.files.FileTestSupport.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

import com.astroaxis.testing.Http;
import com.astroaxis.testing.PostgresIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * MAX_UPLOAD_SIZE_MB is enforced however the upload arrives: a declared length over it, a chunked body that grows
 * past it, or content handed to the files module directly. Each gets 413 and leaves nothing behind.
 */
@AutoConfigureMockMvc
@Import(FileUploadLimitsTest.SignInByHeader.class)
@TestPropertySource(properties = {"MAX_UPLOAD_SIZE_MB=1", "DATA_DIR=target/test-data/files-limits"})
class FileUploadLimitsTest extends PostgresIntegrationTest {

    private static final Path DATA_DIR = Path.of("target/test-data/files-limits").toAbsolutePath();
    private static final String BOUNDARY = "----astroaxis-test-boundary";
    private static final String TEST_USER_HEADER = "X-Test-User";

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() {
        var body = Samples.multipart(BOUNDARY, "scan.png", "image/png", oversizedPng(), null);

        var response = Http.onPort(port).send(request(HttpRequest.BodyPublishers.ofByteArray(body))
                .header(TEST_USER_HEADER, UUID.randomUUID().toString()).build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertProblem(response);
    }

    @Test
    void aChunkedUploadThatGrowsPastTheLimitIsRefused() {
        var before = filesUnder(DATA_DIR);
        var rows = rowCount();
        var body = Samples.multipart(BOUNDARY, "scan.png", "image/png", oversizedPng(), null);

        var response = Http.onPort(port).send(request(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .header(TEST_USER_HEADER, UUID.randomUUID().toString()).build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertProblem(response);
        assertThat(filesUnder(DATA_DIR)).isEqualTo(before);
        assertThat(rowCount()).isEqualTo(rows);
    }

    @Test
    void contentOverTheLimitIsRefusedByTheFilesModuleItselfAndLeavesNothingBehind() throws Exception {
        var before = filesUnder(DATA_DIR);
        var rows = rowCount();

        var response = mvc.perform(multipart("/api/v1/files")
                        .file(new MockMultipartFile("file", "scan.png", "image/png", oversizedPng()))
                        .with(authentication(user(UUID.randomUUID(), "files.upload"))))
                .andReturn().getResponse();

        FilesApiTest.assertProblem(response, 413, "payload-too-large");
        assertThat(filesUnder(DATA_DIR)).as("temporary file removed").isEqualTo(before);
        assertThat(rowCount()).isEqualTo(rows);
    }

    @Test
    void aFileJustUnderTheLimitIsAccepted() throws Exception {
        var png = Samples.png();
        var content = Arrays.copyOf(png, 1024 * 1024 - 100); // a PNG with trailing padding; only the signature is checked

        var response = mvc.perform(multipart("/api/v1/files")
                        .file(new MockMultipartFile("file", "scan.png", "image/png", content))
                        .with(authentication(user(UUID.randomUUID(), "files.upload"))))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(201);
    }

    /** 1.5 MB: over the 1 MB limit, but small enough for the server to read past it and answer on the same connection. */
    private static byte[] oversizedPng() {
        return Arrays.copyOf(Samples.png(), 1536 * 1024);
    }

    private HttpRequest.Builder request(HttpRequest.BodyPublisher body) {
        return Http.onPort(port).request("/api/v1/files")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(body);
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        var problem = Http.map(response);
        assertThat(problem.get("type")).isEqualTo("urn:astroaxis:problem:payload-too-large");
        assertThat(problem.get("status")).isEqualTo(413);
        assertThat(problem).containsKeys("title", "detail", "requestId");
    }

    private long rowCount() {
        return jdbc.sql("select count(*) from fl_file").query(Long.class).single();
    }

    /**
     * Sign-in does not exist in this module's world: this test-only filter signs in whoever a request names in
     * {@code X-Test-User}, with {@code files.upload}, so a real HTTP upload reaches the multipart limits.
     */
    @TestConfiguration
    static class SignInByHeader {
        @Bean
        FilterRegistrationBean<Filter> signInByHeader() {
            Filter filter = (request, response, chain) -> {
                var id = ((HttpServletRequest) request).getHeader(TEST_USER_HEADER);
                if (id != null) {
                    request.setAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME,
                            new SecurityContextImpl(user(UUID.fromString(id), "files.upload")));
                }
                chain.doFilter(request, response);
            };
            var registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }
    }
}
