package com.astroaxis.files.internal;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;

/**
 * Tells what a file is from its first bytes (and, for Office files, from the parts inside the zip), never from what
 * the client says. The name's extension only tells a Word 97-2003 file from an Excel one, which share a format.
 */
final class FileTypeDetector {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = {'G', 'I', 'F', '8', '7', 'a'};
    private static final byte[] GIF89 = {'G', 'I', 'F', '8', '9', 'a'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final ZipInspector.Limits zipLimits;

    FileTypeDetector(ZipInspector.Limits zipLimits) {
        this.zipLimits = zipLimits;
    }

    /** What the content is, and for a zip what it holds. */
    private record Classified(Optional<FileType> type, ZipInspector.Contents zip) {
    }

    /**
     * The type the content is, if it is one AstroAxis knows.
     *
     * @param size      the content's length, for the zip expansion limit
     * @param extension the name's extension (lower case, no dot), used only to tell .doc from .xls and to settle
     *                  an Office zip holding both Word and Excel parts
     * @throws com.astroaxis.platform.web.ProblemException 422 for an unsafe zip
     */
    Optional<FileType> detect(InputStream content, long size, String extension) throws IOException {
        return classify(content, size, extension).type();
    }

    /**
     * The type of the file, if it is allowed and the name agrees with it.
     *
     * @throws com.astroaxis.platform.web.ProblemException 415 when the content is not an allowed type, or is one the
     *                                                     name's extension does not match; 422 for an unsafe zip
     */
    FileType accept(Path file, String name, List<String> allowedTypes) throws IOException {
        var extension = FileNames.extension(name);
        Classified classified;
        try (var in = Files.newInputStream(file)) {
            classified = classify(in, Files.size(file), extension);
            if (classified.zip() != null) {
                ZipInspector.checkCentralDirectory(file, classified.zip());
            }
        } catch (ZipException | EOFException unreadable) {
            throw UploadProblems.unreadable(name);
        }
        var type = classified.type().filter(t -> t.allowedBy(allowedTypes))
                .orElseThrow(() -> UploadProblems.notAllowed(name, allowedTypes));
        if (!type.matchesExtension(extension)) {
            throw type == FileType.DOC || type == FileType.XLS ? UploadProblems.legacyOfficeMismatch(name)
                    : UploadProblems.extensionMismatch(name, type);
        }
        return type;
    }

    private Classified classify(InputStream content, long size, String extension) throws IOException {
        var in = new BufferedInputStream(content, 64 * 1024);
        in.mark(OLE2.length);
        var head = in.readNBytes(OLE2.length);
        in.reset();
        if (startsWith(head, PDF)) {
            return known(FileType.PDF);
        } else if (startsWith(head, PNG)) {
            return known(FileType.PNG);
        } else if (startsWith(head, JPEG)) {
            return known(FileType.JPEG);
        } else if (startsWith(head, GIF87) || startsWith(head, GIF89)) {
            return known(FileType.GIF);
        } else if (startsWith(head, OLE2)) {
            return known("xls".equals(extension) ? FileType.XLS : FileType.DOC);
        } else if (startsWith(head, ZIP)) {
            var zip = ZipInspector.inspect(in, size, zipLimits);
            return new Classified(officeType(zip, extension), zip);
        }
        return new Classified(Optional.empty(), null);
    }

    private static Classified known(FileType type) {
        return new Classified(Optional.of(type), null);
    }

    private static Optional<FileType> officeType(ZipInspector.Contents contents, String extension) {
        if (!contents.contentTypes()) {
            return Optional.empty();
        }
        if (contents.word() && (!contents.excel() || "docx".equals(extension))) {
            return Optional.of(FileType.DOCX);
        }
        return contents.excel() ? Optional.of(FileType.XLSX) : Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }
}
