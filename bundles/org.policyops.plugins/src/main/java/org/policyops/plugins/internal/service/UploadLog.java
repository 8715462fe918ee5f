package org.policyops.plugins.internal.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.policyops.api.plugins.UploadRecord;

/**
 * Who uploaded which plugin file when, and what became of it: one tab-separated line per upload in
 * {@code data/policyops/plugins/uploads.log}, appended and never rewritten, so that it survives restarts and can
 * be read with any tool. Tabs and line breaks inside a field are written as spaces; a field that is absent is
 * {@code -}. Reasons are separated by {@code " | "}.
 */
final class UploadLog {

    /** The most lines read back; older lines stay in the file. */
    static final int MAX_READ = 10_000;

    private final Path file;

    UploadLog(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    synchronized void append(UploadRecord r) {
        String line = String.join("\t", r.at().toString(), field(r.user()), field(r.file()), field(r.symbolicName()),
                field(r.version()), field(r.sha256()), field(r.signature()), field(r.outcome()),
                field(String.join(" | ", r.reasons()))) + "\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the upload in " + file, e);
        }
    }

    /** The recorded uploads, newest first (at most {@link #MAX_READ}). */
    synchronized List<UploadRecord> records() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<UploadRecord> records = new ArrayList<>();
        for (String line : lines.subList(Math.max(0, lines.size() - MAX_READ), lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length < 9) {
                continue; // a line cut short by a crash
            }
            try {
                records.add(new UploadRecord(Instant.parse(f[0]), value(f[1]), value(f[2]), value(f[3]), value(f[4]),
                        value(f[5]), value(f[6]), value(f[7]),
                        value(f[8]) == null ? List.of() : Arrays.asList(f[8].split(" \\| "))));
            } catch (RuntimeException e) {
                // a damaged line is skipped rather than hiding all the others
            }
        }
        Collections.reverse(records);
        return records;
    }

    private static String field(String value) {
        return value == null || value.isEmpty() ? "-" : value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String value(String field) {
        return field.equals("-") ? null : field;
    }
}
