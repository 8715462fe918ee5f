package org.policyops.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The dashboard works offline and under its Content-Security-Policy: every page loads only files of this bundle
 * that exist (ECharts included), never from another host, and has no inline script.
 */
class DashboardFilesTest {

    private static final Path UI = Paths.get("target", "classes", "ui");
    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]*)\"");

    @Test
    void pagesLoadOnlyTheirOwnFiles() throws IOException {
        List<Path> pages = pages();
        assertEquals(5, pages.size(), pages.toString());
        for (Path page : pages) {
            String html = Files.readString(page);
            Matcher m = REFERENCE.matcher(html);
            List<String> references = new ArrayList<>();
            while (m.find()) {
                references.add(m.group(1));
            }
            assertTrue(references.contains("app.js"), page + " loads app.js");
            for (String reference : references) {
                if (reference.equals("data:,")) {
                    continue; // the empty favicon, so that the browser asks for none
                }
                assertFalse(reference.contains(":") || reference.startsWith("/"), page + " refers to " + reference);
                assertTrue(Files.isRegularFile(UI.resolve(reference)), page + " refers to a missing " + reference);
            }
            assertFalse(Pattern.compile("<script>|<script [^>]*>[^<]+</script>|\\son[a-z]+=").matcher(html).find(),
                    page + " has inline script, which the Content-Security-Policy blocks");
        }
    }

    @Test
    void echartsIsInsideTheBundle() throws IOException {
        Path echarts = UI.resolve("vendor/echarts/echarts.min.js");
        assertTrue(Files.size(echarts) > 500_000, "ECharts' full build");
        assertTrue(Files.isRegularFile(UI.resolve("vendor/echarts/LICENSE")));
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(UI)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
