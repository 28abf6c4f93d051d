package com.astroaxis.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.astroaxis.files.Samples;
import com.astroaxis.testing.Http;
import com.astroaxis.testing.TestUsers.Tokens;

import tools.jackson.databind.JsonNode;

/** The product import's endpoints as the tests call them: a CSV upload, and waiting for a background import. */
final class ProductImportCalls {

    private final Http http;

    ProductImportCalls(Http http) {
        this.http = http;
    }

    /** POSTs the CSV to /api/v1/products/import{query} (e.g. {@code ?dryRun=true}) and checks the status. */
    HttpResponse<String> upload(String csv, String query, Tokens as, int expectedStatus) {
        var boundary = "astroaxis-" + UUID.randomUUID();
        var body = Samples.multipart(boundary, "products.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8), null);
        var response = http.send(http.request("/api/v1/products/import" + query, as.bearer())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response;
    }

    /** Polls the import until it is no longer RUNNING (at most 30 s). */
    JsonNode awaitDone(String id, Tokens as) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            var status = Http.json(http.get("/api/v1/products/imports/" + id, as.bearer()));
            if (!status.get("status").asString().equals("RUNNING")) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " still running");
    }
}
