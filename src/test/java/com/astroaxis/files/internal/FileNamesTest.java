package com.astroaxis.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void foldersAreDroppedWhateverTheSeparator() {
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("C:\\Users\\Ada\\Desktop\\receipt.pdf")).isEqualTo("receipt.pdf");
        assertThat(FileNames.sanitise("..\\../..\\evil.png")).isEqualTo("evil.png");
    }

    @Test
    void controlAndInvisibleFormattingCharactersAreRemoved() {
        assertThat(FileNames.sanitise("in\u0000vo\tice\r\n.pdf")).isEqualTo("invoice.pdf");
        assertThat(FileNames.sanitise("invoice\u202Efdp.exe")).as("right-to-left override").isEqualTo("invoicefdp.exe");
        assertThat(FileNames.sanitise("a\u200Bb\u2028c.png")).isEqualTo("abc.png");
    }

    @Test
    void readableNamesInAnyScriptAreKept() {
        assertThat(FileNames.sanitise("  Ọjà Ìbàdàn — 2026 (final).xlsx ")).isEqualTo("Ọjà Ìbàdàn — 2026 (final).xlsx");
        assertThat(FileNames.sanitise("photo 📷.png")).isEqualTo("photo 📷.png");
    }

    @Test
    void namesThatAreNothingBecomeFile() {
        assertThat(FileNames.sanitise(null)).isEqualTo("file");
        assertThat(FileNames.sanitise("")).isEqualTo("file");
        assertThat(FileNames.sanitise("..")).isEqualTo("file");
        assertThat(FileNames.sanitise("folder/")).isEqualTo("file");
        assertThat(FileNames.sanitise("\u0000\u0001 ")).isEqualTo("file");
    }

    @Test
    void longNamesAreCutTo200CharactersKeepingTheExtension() {
        var name = FileNames.sanitise("a".repeat(300) + ".docx");

        assertThat(name).hasSize(200).endsWith("a.docx");
        assertThat(FileNames.sanitise("x".repeat(250))).hasSize(200);
    }

    @Test
    void aCutNeverSplitsACharacterInTwo() {
        // the 200-character cut falls between the two halves of the first emoji: it is dropped whole
        var name = FileNames.sanitise("a".repeat(195) + "😀".repeat(10) + ".png");

        assertThat(name).isEqualTo("a".repeat(195) + ".png");
    }

    @Test
    void theExtensionIsTheLowerCasedLastSuffix() {
        assertThat(FileNames.extension("Photo.PNG")).isEqualTo("png");
        assertThat(FileNames.extension("archive.tar.gz")).isEqualTo("gz");
        assertThat(FileNames.extension("README")).isEmpty();
        assertThat(FileNames.extension(".png")).isEmpty();
        assertThat(FileNames.extension("trailing.")).isEmpty();
    }
}
