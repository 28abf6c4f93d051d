package com.astroaxis.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.astroaxis.files.Samples;
import com.astroaxis.platform.web.ProblemException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTypeDetectorTest {

    private static final List<String> DEFAULT_TYPES = List.of("pdf", "png", "jpg", "jpeg", "gif", "doc", "docx", "xls", "xlsx");
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
    private final FileTypeDetector detector = new FileTypeDetector(ZipInspector.Limits.DEFAULT);
    @TempDir
    Path folder;

    @Test
    void recognisesEachTypeByItsFirstBytes() throws IOException {
        assertThat(detect(Samples.pdf(), "pdf")).hasValue(FileType.PDF);
        assertThat(detect(Samples.png(), "png")).hasValue(FileType.PNG);
        assertThat(detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}, "jpg")).hasValue(FileType.JPEG);
        assertThat(detect("GIF87a....".getBytes(StandardCharsets.US_ASCII), "gif")).hasValue(FileType.GIF);
        assertThat(detect("GIF89a....".getBytes(StandardCharsets.US_ASCII), "gif")).hasValue(FileType.GIF);
        assertThat(detect(Samples.docx(), "docx")).hasValue(FileType.DOCX);
        assertThat(detect(Samples.xlsx(), "xlsx")).hasValue(FileType.XLSX);
    }

    @Test
    void tellsLegacyWordFromExcelByTheExtensionOnly() throws IOException {
        assertThat(detect(OLE2, "doc")).hasValue(FileType.DOC);
        assertThat(detect(OLE2, "xls")).hasValue(FileType.XLS);
    }

    @Test
    void doesNotRecogniseHtmlTextOrPlainZips() throws IOException {
        assertThat(detect(Samples.html(), "png")).isEmpty();
        assertThat(detect("%PD".getBytes(StandardCharsets.US_ASCII), "pdf")).isEmpty();
        assertThat(detect("GIF88a".getBytes(StandardCharsets.US_ASCII), "gif")).isEmpty();
        assertThat(detect(Samples.zip(Map.of("word/document.xml", "<w/>")), "docx")).as("no [Content_Types].xml").isEmpty();
        assertThat(detect(new byte[0], "png")).isEmpty();
    }

    @Test
    void htmlNamedPngIsNotAnAllowedType() {
        assertThatThrownBy(() -> accept(Samples.html(), "photo.png", DEFAULT_TYPES))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(415);
                    assertThat(problem.type()).isEqualTo("unsupported-file-type");
                    assertThat(problem.getMessage()).contains("is not an allowed type");
                });
    }

    @Test
    void aPdfNamedPngIsRefusedBecauseTheNameLies() {
        assertThatThrownBy(() -> accept(Samples.pdf(), "photo.png", DEFAULT_TYPES))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(415);
                    assertThat(problem.type()).isEqualTo("file-type-mismatch");
                    assertThat(problem.getMessage()).contains("PDF document", ".pdf");
                });
        assertThatThrownBy(() -> accept(OLE2, "sheet.xlsx", DEFAULT_TYPES)).hasMessageContaining(".doc or .xls");
        assertThatThrownBy(() -> accept(Samples.png(), "photo", DEFAULT_TYPES)).hasMessageContaining("does not end in .png");
    }

    @Test
    void onlyTheConfiguredTypesAreAllowedAndJpgAndJpegAreOneType() throws IOException {
        var jpeg = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDB};

        assertThat(accept(jpeg, "till.JPEG", List.of("jpg"))).isEqualTo(FileType.JPEG);
        assertThat(accept(Samples.png(), "logo.png", List.of("png"))).isEqualTo(FileType.PNG);
        assertThatThrownBy(() -> accept(Samples.pdf(), "invoice.pdf", List.of("png", "jpg")))
                .hasMessageContaining("is not an allowed type (allowed: png, jpg)");
        assertThatThrownBy(() -> accept(OLE2, "old.xls", List.of("doc"))).hasMessageContaining("not an allowed type");
    }

    @Test
    void aZipThatExpandsPastTheLimitIsRefusedWhileReading() {
        var small = new FileTypeDetector(new ZipInspector.Limits(1024 * 1024, 20, 10_000));
        var bomb = Samples.zipBomb(3);

        assertThat(bomb.length).isLessThan(20_000);
        assertThatThrownBy(() -> small.detect(new ByteArrayInputStream(bomb), bomb.length, "docx"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(422);
                    assertThat(problem.type()).isEqualTo("unsafe-archive");
                    assertThat(problem.getMessage()).contains("expands to more than 1 MB");
                });
    }

    @Test
    void theExpansionLimitIsTheFloorOrTwentyTimesTheUploadWhicheverIsLarger() {
        var limits = ZipInspector.Limits.DEFAULT;

        assertThat(limits.maxUncompressed(1_000)).isEqualTo(100L * 1024 * 1024);
        assertThat(limits.maxUncompressed(10L * 1024 * 1024)).isEqualTo(200L * 1024 * 1024);
    }

    @Test
    void tooManyPartsNestedArchivesAndEscapingNamesAreRefused() {
        var fewParts = new FileTypeDetector(new ZipInspector.Limits(1024 * 1024, 20, 3));
        var many = new LinkedHashMap<String, String>();
        many.put("[Content_Types].xml", "<Types/>");
        for (int i = 0; i < 3; i++) {
            many.put("word/part" + i + ".xml", "<p/>");
        }
        var nested = zipWith("word/embeddings/inner.zip", Samples.zip(Map.of("a.txt", "a")));

        assertUnsafe(fewParts, Samples.zip(many), "more than 3 parts");
        assertUnsafe(detector, nested, "contains another archive");
        assertUnsafe(detector, zipWith("../../evil.sh", "x".getBytes()), "escape");
        assertUnsafe(detector, zipWith("word/..\\..\\evil.sh", "x".getBytes()), "escape");
        assertUnsafe(detector, zipWith("/etc/cron.d/evil", "x".getBytes()), "escape");
        assertUnsafe(detector, zipWith("C:/evil.bat", "x".getBytes()), "escape");
    }

    @Test
    void aZipWhoseTableOfContentsListsOtherPartsThanItHoldsIsRefused() throws IOException {
        var docx = Samples.docx();
        assertThat(accept(docx, "contract.docx", DEFAULT_TYPES)).isEqualTo(FileType.DOCX);
        // the central directory, read by Office, comes last: rename its copy of one part only
        var name = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
        int central = lastIndexOf(docx, name);
        docx[central + name.length - 5] = 'X';

        assertThatThrownBy(() -> accept(docx, "contract.docx", DEFAULT_TYPES))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.type()).isEqualTo("unsafe-archive");
                    assertThat(problem.getMessage()).contains("table of contents does not match");
                });
    }

    @Test
    void aDamagedZipIsNotAnAllowedType() {
        var docx = Samples.docx();
        var damaged = Arrays.copyOf(docx, docx.length / 2);

        assertThatThrownBy(() -> accept(damaged, "contract.docx", DEFAULT_TYPES))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status().value()).isEqualTo(415));
    }

    private Optional<FileType> detect(byte[] content, String extension) throws IOException {
        return detector.detect(new ByteArrayInputStream(content), content.length, extension);
    }

    private FileType accept(byte[] content, String name, List<String> allowed) throws IOException {
        var file = Files.createTempFile(folder, "upload", ".part");
        Files.write(file, content);
        return detector.accept(file, name, allowed);
    }

    private static void assertUnsafe(FileTypeDetector detector, byte[] zip, String reason) {
        assertThatThrownBy(() -> detector.detect(new ByteArrayInputStream(zip), zip.length, "docx"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.type()).isEqualTo("unsafe-archive");
                    assertThat(problem.getMessage()).contains(reason);
                });
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    private static byte[] zipWith(String name, byte[] content) {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
