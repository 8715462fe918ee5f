package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.Test;

/**
 * Every curl example in README.md and docs/ runs as written against a freshly started distribution, as a reader runs
 * them after {@code ./policyops.sh start}: from the repository's root, with the port and administrator password that
 * the pages read from {@code POLICYOPS_HTTP_PORT} and {@code POLICYOPS_ADMIN_PASSWORD}. A failure names the page,
 * block, line and command; each page's output is in target/docs-examples/.
 */
public class DocsExamplesIT {

    private static final Path OUT = Paths.get("target", "docs-examples").toAbsolutePath();

    @Test
    public void everyCurlExampleInTheDocumentationRunsAsWritten() throws Exception {
        Path root = Paths.get(System.getProperty("policyops.root")).toAbsolutePath().normalize();
        List<DocsExamples.Page> pages = DocsExamples.pages(root);
        List<String> outsideShell = new ArrayList<>();
        for (DocsExamples.Page page : pages) {
            page.curlOutsideShell().forEach(where -> outsideShell.add(page.name() + " " + where));
        }
        assertTrue("curl examples must be ```bash blocks, so that they are run and checked: " + outsideShell,
                outsideShell.isEmpty());
        assertTrue("README.md has no curl examples to check", pages.get(0).blocks().size() > 0);
        Process tools = new ProcessBuilder("bash", "-c", "command -v curl && command -v jq").redirectErrorStream(true).start();
        assertEquals("the documentation's examples need curl and jq on the PATH", 0, tools.waitFor());

        String password = "docs-" + UUID.randomUUID();
        List<String> failures = new ArrayList<>();
        int blocks = 0;
        try (KarafProcess karaf = KarafProcess.unpack()) {
            karaf.start(Map.of("POLICYOPS_ADMIN_PASSWORD", password));
            Api api = karaf.api();
            api.awaitHealthy(Duration.ofSeconds(120));

            Map<String, String> env = Map.of("POLICYOPS_HTTP_PORT", Integer.toString(karaf.httpPort),
                    "POLICYOPS_ADMIN_PASSWORD", password);
            Path curlHome = DocsExamples.curlHome(OUT.resolve("curl"));
            for (DocsExamples.Page page : pages) {
                if (page.blocks().isEmpty()) {
                    continue;
                }
                DocsExamples.Outcome outcome = DocsExamples.run(page, root, env, curlHome, log(page.name()), 120);
                blocks += page.blocks().size();
                System.out.printf("MEASURED docs examples of %s: %d blocks in %d ms%s%n", page.name(),
                        page.blocks().size(), outcome.millis(), outcome.failure() == null ? "" : " (FAILED)");
                if (outcome.failure() != null) {
                    failures.add(outcome.failure());
                }
            }
        }
        assertTrue("the documentation's curl examples must run as written; these failed:\n\n"
                + String.join("\n\n", failures), failures.isEmpty());
        System.out.printf("Ran %d example blocks of %d pages%n", blocks, pages.size());
    }

    @Test
    public void aFailingExampleIsReportedWithItsPageBlockLineAndCommand() throws Exception {
        Path root = Files.createDirectories(OUT.resolve("self-test"));
        Path page = root.resolve("guide.md");
        Files.writeString(page, String.join("\n",
                "# Guide",
                "```bash",
                "curl --version",
                "```",
                "Text.",
                "```bash",
                "NAME=$(echo nothing)",
                "curl --max-time 5 \\",
                "     http://127.0.0.1:1/$NAME",
                "echo never",
                "```",
                "```text",
                "curl http://example.org",
                "```",
                ""), StandardCharsets.UTF_8);

        DocsExamples.Page parsed = DocsExamples.page(root, page);
        assertEquals(2, parsed.blocks().size());
        assertEquals(List.of("line 13 (a ```text block)"), parsed.curlOutsideShell());

        DocsExamples.Outcome outcome = DocsExamples.run(parsed, root, Map.of(), DocsExamples.curlHome(root.resolve("curl")),
                root.resolve("guide.log"), 30);

        String failure = outcome.failure();
        assertTrue(failure, failure.startsWith("guide.md, block 2 (line 8): `curl --max-time 5 "));
        assertTrue(failure, failure.contains("http://127.0.0.1:1/$NAME` failed (exit 7)"));
        assertFalse(failure, Files.readString(root.resolve("guide.log")).contains("never"));

        Files.writeString(page, "```bash\ncurl --version | head -1\n```\n", StandardCharsets.UTF_8);
        assertNull(DocsExamples.run(DocsExamples.page(root, page), root, Map.of(), root.resolve("curl"),
                root.resolve("guide.log"), 30).failure());
    }

    private static Path log(String pageName) {
        return OUT.resolve(pageName.replace('/', '_').replace(".md", ".log"));
    }
}
