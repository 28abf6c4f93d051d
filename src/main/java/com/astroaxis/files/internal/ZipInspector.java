package com.astroaxis.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip container (a .docx or .xlsx) entry by entry, inflating every byte, to learn what it holds and to
 * refuse what could harm whoever opens it. The sizes written in the zip's headers are never believed: only the
 * bytes actually inflated are counted, and reading stops as soon as a limit is passed.
 * <p>
 * Refused: more uncompressed bytes in total than {@code max(floor, ratio × compressed size)} (by default 100 MB or
 * 20 times the upload, whichever is larger: real Office files stay far below both, while a bomb passes the
 * floor however small it is); more than {@code maxEntries} entries; an entry whose content is itself an archive
 * (zip, gzip, 7z, rar, xz), which also refuses Office files with other Office files embedded; entry names that
 * could escape a folder when extracted (absolute, {@code ..}, backslashes, drive letters, NUL); a central directory
 * that lists other parts than those read.
 */
final class ZipInspector {

    record Limits(long floorBytes, int ratio, int maxEntries) {
        static final Limits DEFAULT = new Limits(100L * 1024 * 1024, 20, 10_000);

        long maxUncompressed(long compressedSize) {
            return Math.max(floorBytes, ratio * Math.max(0, compressedSize));
        }
    }

    /** What a readable, safe container holds, as far as telling Word from Excel goes. */
    record Contents(boolean contentTypes, boolean word, boolean excel, List<String> names, long uncompressedBytes) {
    }

    private static final byte[][] ARCHIVE_SIGNATURES = {
            {'P', 'K', 3, 4}, {'P', 'K', 5, 6}, {'P', 'K', 7, 8},
            {0x1F, (byte) 0x8B},
            {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C},
            {'R', 'a', 'r', '!'},
            {(byte) 0xFD, '7', 'z', 'X', 'Z', 0}};
    private static final int HEAD = 6;

    private ZipInspector() {
    }

    /**
     * @throws com.astroaxis.platform.web.ProblemException 422 unsafe-archive
     * @throws IOException when the content is not a readable zip
     */
    static Contents inspect(InputStream content, long compressedSize, Limits limits) throws IOException {
        long limit = limits.maxUncompressed(compressedSize);
        long total = 0;
        int entries = 0;
        var names = new ArrayList<String>();
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        var buffer = new byte[64 * 1024];
        var zip = new ZipInputStream(content);
        for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (++entries > limits.maxEntries()) {
                throw UploadProblems.unsafeArchive("it holds more than " + limits.maxEntries() + " parts");
            }
            var name = entry.getName();
            names.add(name);
            if (unsafeName(name)) {
                throw UploadProblems.unsafeArchive("it holds a part named to escape its folder");
            }
            contentTypes |= name.equals("[Content_Types].xml");
            word |= name.startsWith("word/");
            excel |= name.startsWith("xl/");
            var head = new byte[HEAD];
            int headLength = 0;
            for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                total += n;
                if (total > limit) {
                    throw UploadProblems.unsafeArchive("it expands to more than " + limit / (1024 * 1024) + " MB");
                }
                int copy = Math.min(n, HEAD - headLength);
                System.arraycopy(buffer, 0, head, headLength, copy);
                headLength += copy;
            }
            if (!entry.isDirectory() && isArchive(head, headLength)) {
                throw UploadProblems.unsafeArchive("it contains another archive");
            }
        }
        if (entries == 0) {
            throw new java.util.zip.ZipException("no entries");
        }
        return new Contents(contentTypes, word, excel, List.copyOf(names), total);
    }

    /**
     * Office reads a zip through its central directory, not entry by entry as {@link #inspect} does; a crafted zip
     * can list parts there that a sequential reader never meets (hidden inside another part's bytes). So the
     * central directory must name exactly the parts that were read and counted.
     */
    static void checkCentralDirectory(Path zip, Contents streamed) throws IOException {
        try (var file = new ZipFile(zip.toFile())) {
            var listed = file.stream().map(ZipEntry::getName).sorted().toList();
            if (!listed.equals(streamed.names().stream().sorted().toList())) {
                throw UploadProblems.unsafeArchive("its table of contents does not match its contents");
            }
        }
    }

    static boolean unsafeName(String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0 || name.indexOf('\\') >= 0 || name.startsWith("/")
                || (name.length() > 1 && name.charAt(1) == ':')) {
            return true;
        }
        for (var segment : name.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArchive(byte[] head, int length) {
        for (var signature : ARCHIVE_SIGNATURES) {
            if (length >= signature.length && java.util.Arrays.equals(head, 0, signature.length, signature, 0, signature.length)) {
                return true;
            }
        }
        return false;
    }
}
