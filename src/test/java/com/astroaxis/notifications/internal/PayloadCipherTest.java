package com.astroaxis.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayloadCipherTest {

    private static final String SECRET = "a-production-secret-key-of-enough-length";
    private static final String MESSAGE = "Your code\nHello Ada, your code is 493817.";

    @TempDir
    Path dataDir;

    @Test
    void encryptsSoThatNeitherTheTextNorTheCodeIsVisible() {
        var cipher = new PayloadCipher(new PayloadKeyMaterial(SECRET, dataDir));
        var id = UUID.randomUUID();

        var stored = cipher.encrypt(id, MESSAGE);

        assertThat(stored).startsWith("v1:").doesNotContain("493817", "Ada", "code");
        assertThat(cipher.encrypt(id, MESSAGE)).as("a fresh nonce every time").isNotEqualTo(stored);
        assertThat(cipher.decrypt(id, stored)).isEqualTo(MESSAGE);
        assertThat(dataDir).isEmptyDirectory();
    }

    @Test
    void aPayloadOnlyDecryptsForItsOwnMessageAndKey() {
        var id = UUID.randomUUID();
        var stored = new PayloadCipher(new PayloadKeyMaterial(SECRET, dataDir)).encrypt(id, MESSAGE);

        assertThatThrownBy(() -> new PayloadCipher(new PayloadKeyMaterial(SECRET, dataDir)).decrypt(UUID.randomUUID(), stored))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be decrypted");
        assertThatThrownBy(() -> new PayloadCipher(new PayloadKeyMaterial(SECRET + "x", dataDir)).decrypt(id, stored))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PayloadCipher(new PayloadKeyMaterial(SECRET, dataDir)).decrypt(id, "plain text"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutASecretKeyARandomKeyIsKeptUnderTheDataDirectoryAndSurvivesARestart() throws Exception {
        var id = UUID.randomUUID();
        var stored = new PayloadCipher(new PayloadKeyMaterial("", dataDir)).encrypt(id, MESSAGE);

        var keyFile = dataDir.resolve(PayloadKeyMaterial.FILE_NAME);
        assertThat(keyFile).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(new PayloadCipher(new PayloadKeyMaterial(null, dataDir)).decrypt(id, stored)).isEqualTo(MESSAGE);
        assertThat(dataDir.toFile().list()).containsExactly(PayloadKeyMaterial.FILE_NAME);
    }

    @Test
    void nothingIsCreatedUntilAMessageNeedsTheKey() {
        new PayloadCipher(new PayloadKeyMaterial("", dataDir.resolve("later")));

        assertThat(dataDir).isEmptyDirectory();
    }
}
