package com.astroaxis.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import com.astroaxis.identity.IdentityManagement;
import com.astroaxis.platform.audit.AuditRecord;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

/** The zero-setup embedded database (H2) keeps the same chain: portable SQL, same hashes, same verification. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "DATA_DIR=target/audit-embedded-data")
class AuditOnEmbeddedDatabaseTest {

    @Autowired
    AuditManagement audit;
    @Autowired
    IdentityManagement identity;

    @BeforeAll
    static void startFromAnEmptyDataDirectory() throws IOException {
        FileSystemUtils.deleteRecursively(Path.of("target/audit-embedded-data"));
    }

    @Test
    void entriesAreChainedVerifiedAndFoundOnTheEmbeddedDatabase() {
        identity.createAdministrator("owner", null, "embedded passphrase", "test");
        audit.record(new AuditRecord("ada", "test.embedded", "product", "P-1", Map.of("price", 1500),
                Map.of("price", 1600), "price list"));

        var verification = audit.verify();
        var found = audit.search(new AuditQuery("ada", "test.embedded", null, null, 0, 10));

        assertThat(verification.ok()).as(verification.summary()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(2);
        assertThat(found.total()).isOne();
        assertThat(found.items().getFirst().after()).isEqualTo(Map.of("price", 1600));
        assertThat(audit.search(AuditQuery.firstPage()).items()).extracting(AuditEntryView::action)
                .containsExactly("test.embedded", "user.admin-created");
    }
}
