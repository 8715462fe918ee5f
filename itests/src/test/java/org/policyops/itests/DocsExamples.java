package org.policyops.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The curl examples of the Markdown documentation, run as a reader runs them: every fenced {@code bash} (or
 * {@code sh}, {@code shell}) block that calls curl, a page's blocks in page order in one bash, from the repository's
 * root. curl reads a {@code .curlrc} that makes any HTTP error fail the command, and the script stops at the first
 * failing command ({@code set -e -o pipefail}), so a failure names its page, block, line and command.
 */
final class DocsExamples {

    private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*([A-Za-z0-9_+-]*).*$");
    private static final Pattern CALLS_CURL = Pattern.compile("(^|[\\s|(;&])curl\\s");
    private static final Pattern FAILED = Pattern.compile("^DOCS-EXAMPLE-FAILED (\\d+) (.*)$");
    private static final List<String> SHELL = List.of("bash", "sh", "shell");

    /** One fenced block that runs: its number among the page's runnable blocks, the line its code starts on. */
    record Block(int number, int firstLine, List<String> lines) {
    }

    /** A Markdown page: its path as shown in messages, its runnable blocks, and curl calls outside shell blocks. */
    record Page(Path file, String name, List<Block> blocks, List<String> curlOutsideShell) {
    }

    /** How a page's run ended: null failure when every block ran. */
    record Outcome(Page page, String failure, long millis) {
    }

    private DocsExamples() {
    }

    /** README.md, then every Markdown file under docs/, in path order. */
    static List<Page> pages(Path root) throws IOException {
        List<Page> pages = new ArrayList<>();
        pages.add(page(root, root.resolve("README.md")));
        Path docs = root.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> files = Files.walk(docs)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    pages.add(page(root, file));
                }
            }
        }
        return pages;
    }

    static Page page(Path root, Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                i++;
                continue;
            }
            String language = open.group(1);
            int firstLine = i + 2; // 1-based number of the line after the fence
            List<String> body = new ArrayList<>();
            i++;
            while (i < lines.size() && !FENCE.matcher(lines.get(i)).matches()) {
                body.add(lines.get(i));
                i++;
            }
            i++; // the closing fence
            boolean callsCurl = body.stream().anyMatch(l -> CALLS_CURL.matcher(l).find());
            if (SHELL.contains(language) && callsCurl) {
                blocks.add(new Block(blocks.size() + 1, firstLine, body));
            } else if (callsCurl) {
                outside.add("line " + firstLine + " (a ```" + language + " block)");
            }
        }
        return new Page(file, root.relativize(file).toString(), blocks, outside);
    }

    /**
     * Runs a page's blocks in one bash in {@code workDir}, with the given environment, and curl configured by the
     * {@code .curlrc} in {@code curlHome}. Writes the output to {@code log}.
     */
    static Outcome run(Page page, Path workDir, Map<String, String> env, Path curlHome, Path log, long timeoutSeconds)
            throws IOException, InterruptedException {
        List<String> script = new ArrayList<>(List.of(
                "set -e -o pipefail",
                "trap 'echo \"DOCS-EXAMPLE-FAILED $LINENO $BASH_COMMAND\" >&2' ERR"));
        int[] scriptLineOfBlock = new int[page.blocks().size()];
        for (Block block : page.blocks()) {
            script.add("echo '### " + page.name() + ", block " + block.number() + " (line " + block.firstLine() + ")'");
            scriptLineOfBlock[block.number() - 1] = script.size() + 1;
            script.addAll(block.lines());
        }
        Path scriptFile = log.resolveSibling(log.getFileName() + ".sh");
        Files.createDirectories(log.getParent());
        Files.write(scriptFile, script, StandardCharsets.UTF_8);

        ProcessBuilder pb = new ProcessBuilder("bash", scriptFile.toString()).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("POLICYOPS_") || k.equals("BASE") || k.equals("PASSWORD"));
        pb.environment().putAll(env);
        pb.environment().put("CURL_HOME", curlHome.toString());
        long started = System.nanoTime();
        Process bash = pb.start();
        boolean ended = bash.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!ended) {
            bash.descendants().forEach(ProcessHandle::destroyForcibly);
            bash.destroyForcibly();
            bash.waitFor();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
        if (!ended) {
            return new Outcome(page, page.name() + ": the examples did not finish within " + timeoutSeconds + " s "
                    + "(the last block started is the last ### line):\n" + tail(output), millis);
        }
        if (bash.exitValue() == 0) {
            return new Outcome(page, null, millis);
        }
        return new Outcome(page, failure(page, scriptLineOfBlock, bash.exitValue(), output), millis);
    }

    /** Names the page, block, line and command of the failure the script's ERR trap reported. */
    private static String failure(Page page, int[] scriptLineOfBlock, int exit, List<String> output) {
        Matcher failed = null;
        for (String line : output) {
            Matcher m = FAILED.matcher(line);
            if (m.matches()) {
                failed = m;
            }
        }
        if (failed == null) {
            return page.name() + ": bash exited " + exit + " without naming a command:\n" + tail(output);
        }
        int scriptLine = Integer.parseInt(failed.group(1));
        int index = 0;
        for (int b = 0; b < scriptLineOfBlock.length; b++) {
            if (scriptLineOfBlock[b] <= scriptLine) {
                index = b;
            }
        }
        Block block = page.blocks().get(index);
        int pageLine = block.firstLine() + scriptLine - scriptLineOfBlock[index];
        return page.name() + ", block " + block.number() + " (line " + pageLine + "): `" + failed.group(2)
                + "` failed (exit " + exit + "):\n" + tail(output);
    }

    private static String tail(List<String> output) {
        return String.join("\n", output.subList(Math.max(0, output.size() - 15), output.size()));
    }

    /** A {@code .curlrc} that turns every HTTP error into a failed command and bounds each request. */
    static Path curlHome(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(".curlrc"), "fail-with-body\nsilent\nshow-error\nmax-time = 60\n", StandardCharsets.UTF_8);
        return dir;
    }
}
