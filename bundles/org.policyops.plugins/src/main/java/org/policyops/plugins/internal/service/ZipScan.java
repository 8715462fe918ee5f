package org.policyops.plugins.internal.service;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.policyops.core.rest.ProblemException;

/**
 * Reads an uploaded archive in memory the way the framework will read it once installed: from its central
 * directory (a zip's table of contents, which is what {@code java.util.zip.ZipFile} and so Felix use), with every
 * entry inflated once into a bounded buffer. Nothing here can take more than a set number of bytes of memory per
 * entry and in total, so a compression bomb (a small file that inflates to gigabytes) is refused as soon as it
 * passes the bound instead of being read to the end.
 * <p>
 * Refused with a 400 naming the fault: not a zip, zip64 or encrypted entries (never produced by jar tools for
 * plugin-sized files), more entries than allowed, an entry larger than allowed, entry names that could escape a
 * folder when extracted (zip-slip: absolute, {@code ..}, backslashes, drive letters, control characters),
 * duplicate names, and an entry whose local header disagrees with the directory (a trick to show one content to a
 * checker and another to the reader).
 */
final class ZipScan {

    /**
     * The bounds of a scan.
     *
     * @param maxEntryBytes the most bytes any one entry may inflate to
     * @param maxTotalBytes the most bytes all entries together may inflate to
     * @param maxEntries the most entries an archive may have
     */
    record Limits(long maxEntryBytes, long maxTotalBytes, int maxEntries) {
    }

    /** One entry with its inflated content (kept only when the caller asked for it). */
    record Entry(String name, long size, byte[] content) {
        boolean directory() {
            return name.endsWith("/");
        }
    }

    private static final int EOCD = 0x06054b50;
    private static final int CEN = 0x02014b50;
    private static final int LOC = 0x04034b50;

    private ZipScan() {
    }

    static boolean looksLikeZip(byte[] body) {
        return body.length >= 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4;
    }

    /**
     * Every entry of the archive, checked; the content of those the predicate names is kept.
     *
     * @param what how to name the archive in messages, e.g. "the jar" or "repository/x.jar in the kar"
     * @throws ProblemException 400 naming the fault
     */
    static List<Entry> scan(byte[] zip, Limits limits, Predicate<String> keep, String what) {
        if (!looksLikeZip(zip)) {
            throw bad(what + " is not a jar or kar (not a zip archive)");
        }
        int eocd = findEndOfDirectory(zip);
        if (eocd < 0) {
            throw bad(what + " is not a readable zip archive: its central directory is missing (truncated upload?)");
        }
        int count = u16(zip, eocd + 10);
        long dirSize = u32(zip, eocd + 12);
        long dirOffset = u32(zip, eocd + 16);
        if (count == 0xFFFF || dirSize == 0xFFFFFFFFL || dirOffset == 0xFFFFFFFFL) {
            throw bad(what + " is a zip64 archive, which a plugin never needs");
        }
        if (count > limits.maxEntries()) {
            throw bad(what + " has " + count + " entries; at most " + limits.maxEntries() + " are accepted");
        }
        if (dirOffset + dirSize > eocd) {
            throw bad(what + " is not a readable zip archive: its central directory points outside the file");
        }
        List<Entry> entries = new ArrayList<>(count);
        Set<String> names = new HashSet<>();
        long total = 0;
        int p = (int) dirOffset;
        for (int i = 0; i < count; i++) {
            if (p + 46 > eocd || u32(zip, p) != CEN) {
                throw bad(what + " is not a readable zip archive: entry " + (i + 1) + " of its central directory is damaged");
            }
            int flags = u16(zip, p + 8);
            int method = u16(zip, p + 10);
            long crc = u32(zip, p + 16);
            long compressed = u32(zip, p + 20);
            long size = u32(zip, p + 24);
            int nameLength = u16(zip, p + 28);
            int extraLength = u16(zip, p + 30);
            int commentLength = u16(zip, p + 32);
            long local = u32(zip, p + 42);
            if (p + 46 + nameLength > eocd) {
                throw bad(what + " is not a readable zip archive: an entry name runs past the directory");
            }
            String name = name(zip, p + 46, nameLength, what);
            p += 46 + nameLength + extraLength + commentLength;

            checkName(name, what);
            if (!names.add(name)) {
                throw bad(what + " has the entry " + quote(name) + " twice");
            }
            if ((flags & 1) != 0) {
                throw bad(what + " has an encrypted entry " + quote(name));
            }
            if (compressed == 0xFFFFFFFFL || size == 0xFFFFFFFFL || local == 0xFFFFFFFFL) {
                throw bad(what + " is a zip64 archive, which a plugin never needs");
            }
            if (size > limits.maxEntryBytes()) {
                throw tooBig(what, name, limits.maxEntryBytes());
            }
            byte[] content = inflate(zip, local, name, method, compressed, crc, limits, what);
            total += content.length;
            if (total > limits.maxTotalBytes()) {
                throw bad(what + " inflates to more than " + limits.maxTotalBytes() + " bytes in all; at most that is accepted");
            }
            entries.add(new Entry(name, content.length, keep.test(name) ? content : null));
        }
        return entries;
    }

    /** The entry names a reader must never be given: they could leave the folder they are extracted into. */
    static void checkName(String name, String what) {
        if (name.isEmpty()) {
            throw bad(what + " has an entry without a name");
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < 0x20 || name.charAt(i) == 0x7f) {
                throw bad(what + " has an entry name with a control character: " + quote(name));
            }
        }
        if (name.indexOf('\\') >= 0) {
            throw bad(what + " has an entry name with a backslash, which some tools read as a folder separator: " + quote(name));
        }
        if (name.startsWith("/") || (name.length() >= 2 && name.charAt(1) == ':')) {
            throw bad(what + " has an entry with an absolute path: " + quote(name));
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                throw bad(what + " has an entry whose path leaves the archive (zip-slip): " + quote(name));
            }
        }
    }

    private static byte[] inflate(byte[] zip, long local, String name, int method, long compressed, long crc, Limits limits, String what) {
        if (local + 30 > zip.length || u32(zip, (int) local) != LOC) {
            throw bad(what + " is not a readable zip archive: the data of " + quote(name) + " is missing");
        }
        int l = (int) local;
        int nameLength = u16(zip, l + 26);
        int extraLength = u16(zip, l + 28);
        if (l + 30L + nameLength > zip.length || !name.equals(new String(zip, l + 30, nameLength, StandardCharsets.UTF_8))) {
            throw bad(what + " has an entry whose local name differs from its directory name: " + quote(name));
        }
        long start = l + 30L + nameLength + extraLength;
        if (start + compressed > zip.length) {
            throw bad(what + " is not a readable zip archive: the data of " + quote(name) + " runs past its end");
        }
        byte[] out;
        if (method == 0) {
            out = java.util.Arrays.copyOfRange(zip, (int) start, (int) (start + compressed));
        } else if (method == 8) {
            out = inflate(zip, (int) start, (int) compressed, name, limits.maxEntryBytes(), what);
        } else {
            throw bad(what + " uses compression method " + method + " for " + quote(name) + "; only stored and deflated entries are read");
        }
        if (out.length > limits.maxEntryBytes()) {
            throw tooBig(what, name, limits.maxEntryBytes());
        }
        CRC32 check = new CRC32();
        check.update(out);
        if (check.getValue() != crc) {
            throw bad(what + " is damaged: the checksum of " + quote(name) + " does not match");
        }
        return out;
    }

    /** Inflates at most max + 1 bytes: one more than allowed is enough to know the entry is too big. */
    private static byte[] inflate(byte[] zip, int start, int length, String name, long max, String what) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, start, length);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(Math.min(length * 4 + 64, 1 << 20));
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw bad(what + " is damaged: the data of " + quote(name) + " ends early");
                }
                out.write(buffer, 0, n);
                if (out.size() > max) {
                    throw tooBig(what, name, max);
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw bad(what + " is damaged: " + quote(name) + " cannot be inflated (" + e.getMessage() + ")");
        } finally {
            inflater.end();
        }
    }

    private static int findEndOfDirectory(byte[] zip) {
        int min = Math.max(0, zip.length - 22 - 0xFFFF);
        for (int p = zip.length - 22; p >= min; p--) {
            if (u32(zip, p) == EOCD && p + 22 + u16(zip, p + 20) == zip.length) {
                return p;
            }
        }
        return -1;
    }

    private static String name(byte[] zip, int offset, int length, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(zip, offset, length)).toString();
        } catch (CharacterCodingException e) {
            throw bad(what + " has an entry name that is not UTF-8");
        }
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int p) {
        if (p < 0 || p + 4 > b.length) {
            return -1;
        }
        return ((b[p] & 0xffL) | (b[p + 1] & 0xffL) << 8 | (b[p + 2] & 0xffL) << 16 | (b[p + 3] & 0xffL) << 24);
    }

    static String quote(String name) {
        String shown = name.length() > 120 ? name.substring(0, 120) + "…" : name;
        StringBuilder sb = new StringBuilder("'");
        for (char c : shown.toCharArray()) {
            sb.append(c < 0x20 || c == 0x7f ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.append('\'').toString();
    }

    private static ProblemException tooBig(String what, String name, long max) {
        return bad(what + ": the entry " + quote(name) + " inflates to more than " + max
                + " bytes (a compression bomb, or a plugin far larger than plugins are); at most that is read");
    }

    static ProblemException bad(String message) {
        return ProblemException.badRequest("body", message);
    }
}
