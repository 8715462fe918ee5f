package org.policyops.shell.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyops.api.plugins.DryRunReport;
import org.policyops.api.plugins.PluginInstaller;

class PluginDryRunCommandTest {

    /** An installer that answers one report and keeps what it was given. */
    static final class Installer implements PluginInstaller {
        final List<byte[]> given = new ArrayList<>();
        DryRunReport report;
        String refusal;

        @Override
        public DryRunReport dryRun(byte[] archive) {
            given.add(archive);
            if (refusal != null) {
                throw new IllegalArgumentException(refusal);
            }
            return report;
        }
    }

    private static String run(PluginDryRunCommand command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        command.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void showsRulesAddedRemovedChangedAndUnresolvedImports(@TempDir Path dir) throws IOException {
        Path jar = Files.write(dir.resolve("eu.jar"), new byte[] { 'P', 'K', 3, 4 });
        Installer installer = new Installer();
        installer.report = new DryRunReport("eu-2.0.0.jar", "ab", "unchecked", List.of(new DryRunReport.Change("com.example.eu", "2.0.0",
                "upgrade", "1.0.0", true,
                List.of(new DryRunReport.RuleChange("eu.c", "INFO", List.of("*"), null, null)),
                List.of(new DryRunReport.RuleChange("eu.b", "BLOCKER", List.of("EU"), null, null)),
                List.of(new DryRunReport.RuleChange("eu.a", "BLOCKER", List.of("EU", "DE"), "WARNING", List.of("EU"))),
                List.of("audit"), List.of(), List.of("needs package com.example.lib [1.2.0,2.0.0), which nothing installed exports"))));
        PluginDryRunCommand command = new PluginDryRunCommand();
        command.installer = installer;
        command.file = jar.toString();
        String out = run(command);
        assertTrue(out.contains("com.example.eu 2.0.0: upgrade (installed now: 1.0.0)"), out);
        assertTrue(out.contains("Would NOT resolve") && out.contains("com.example.lib"), out);
        assertTrue(out.matches("(?s).*added\\s+\\|?\\s*eu\\.c.*"), out);
        assertTrue(out.matches("(?s).*removed\\s+\\|?\\s*eu\\.b.*"), out);
        assertTrue(out.contains("WARNING -> BLOCKER") && out.contains("EU -> EU, DE"), out);
        assertTrue(out.contains("Integrations added: audit"), out);
        assertTrue(out.contains("nothing was installed"), out);
        assertTrue(java.util.Arrays.equals(new byte[] { 'P', 'K', 3, 4 }, installer.given.get(0)));
    }

    @Test
    void saysWhyItWouldBeRefusedAndWhatIsMissing(@TempDir Path dir) throws IOException {
        Installer installer = new Installer();
        installer.refusal = "body: the upload is not a jar or kar (not a zip archive)";
        PluginDryRunCommand command = new PluginDryRunCommand();
        command.installer = installer;
        command.file = Files.writeString(dir.resolve("x.jar"), "hello").toString();
        assertTrue(run(command).contains("It would be refused: body: the upload is not a jar or kar"));
        command.file = dir.resolve("none.jar").toString();
        assertTrue(run(command).startsWith("Cannot read"));
        command.installer = null;
        assertTrue(run(command).contains("not installed"));
    }
}
