package org.policyops.itests.badinput;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The container's {@code karaf.log} (and the files it rolls over into): how much it grew and what was written since a
 * mark, to hold the server to a small log per refused request and to no stack trace for anonymous callers.
 */
final class KarafLog {

    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(");
    private static final Pattern ENTRY_START = Pattern.compile("(?m)^\\d{4}-\\d{2}-\\d{2}T");

    private final Path dir;

    KarafLog() {
        String log = System.getProperty("karaf.log");
        this.dir = log != null ? Paths.get(log) : Paths.get(System.getProperty("karaf.data"), "log");
    }

    /** A point in the log: the size of karaf.log and of all its files together. */
    record Mark(long current, long total) {
    }

    Mark mark() throws IOException {
        return new Mark(size(dir.resolve("karaf.log")), total());
    }

    /** Bytes written since the mark, across rollovers (rolled files the log deleted meanwhile are not counted). */
    long grownSince(Mark mark) throws IOException {
        return total() - mark.total();
    }

    /** The text karaf.log got since the mark (all of it, if it rolled over meanwhile). */
    String since(Mark mark) throws IOException {
        Path file = dir.resolve("karaf.log");
        long size = size(file);
        long from = size >= mark.current() ? mark.current() : 0;
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            f.seek(from);
            byte[] bytes = new byte[(int) Math.min(size - from, 64L * 1024 * 1024)];
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The log entries in a text that carry a stack trace, each cut to its first lines. */
    static List<String> entriesWithStackTraces(String text) {
        List<String> entries = new ArrayList<>();
        Matcher starts = ENTRY_START.matcher(text);
        List<Integer> at = new ArrayList<>();
        while (starts.find()) {
            at.add(starts.start());
        }
        at.add(text.length());
        for (int i = 0; i + 1 < at.size(); i++) {
            String entry = text.substring(at.get(i), at.get(i + 1));
            if (STACK_FRAME.matcher(entry).find()) {
                entries.add(entry.lines().limit(3).reduce((a, b) -> a + " / " + b).orElse(entry));
            }
        }
        return entries;
    }

    private long total() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("karaf.log")).mapToLong(KarafLog::size).sum();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException gone) {
            return 0;
        }
    }
}
