package org.policyops.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policyops.api.LifecycleStage;
import org.policyops.api.tooling.ToolCatalog;
import org.policyops.api.tooling.ToolInfo;
import org.policyops.api.tooling.ToolKind;
import org.policyops.api.tooling.ToolStatus;

class ToolsCommandTest {

    static final ToolInfo CLASSIFIER = new ToolInfo("hate-speech-classifier", "Hate speech classifier", ToolKind.AI_MODEL, null,
            List.of(LifecycleStage.TESTING, LifecycleStage.ENFORCEMENT), "Integrity ML", ToolStatus.PRODUCTION, List.of(),
            List.of("en", "de"), List.of("hate-speech"), "https://docs.example/hs", null, "#hs", List.of("model-serving"), null, false);
    static final ToolInfo REGISTER = new ToolInfo("uk-osa-risk-register", "UK register", ToolKind.INTEGRATION, null,
            List.of(LifecycleStage.DEVELOPMENT), "Policy EMEA", ToolStatus.PRODUCTION, List.of("UK"), List.of(), List.of(), null,
            null, null, List.of(), "UK compliance pack", true);

    /** Answers the two tools, filtered by stage as the registry would. */
    static final class Catalog implements ToolCatalog {
        @Override
        public List<ToolInfo> tools(LifecycleStage stage) {
            return List.of(CLASSIFIER, REGISTER).stream().filter(t -> stage == null || t.stages().contains(stage)).toList();
        }

        @Override
        public Optional<ToolInfo> tool(String key) {
            return tools(null).stream().filter(t -> t.key().equals(key)).findFirst();
        }
    }

    private static String run(ToolCatalog catalog, String... words) throws Exception {
        ToolsCommand command = new ToolsCommand();
        command.catalog = catalog;
        Fakes.parse(command, words);
        return Fakes.output(command::print);
    }

    @Test
    void listsToolsOfAStageAndKind() throws Exception {
        String all = run(new Catalog());
        assertTrue(all.contains("hate-speech-classifier") && all.contains("UK compliance pack (removed)"), all);
        String enforcement = run(new Catalog(), "--stage", "enforcement");
        assertTrue(enforcement.contains("hate-speech-classifier"), enforcement);
        assertFalse(enforcement.contains("uk-osa-risk-register"), enforcement);
        assertTrue(run(new Catalog(), "-k", "TOOL").contains("No tool matches."));
    }

    @Test
    void showsOneToolWithItsDependenciesAndLinks() throws Exception {
        String out = run(new Catalog(), "hate-speech-classifier");
        assertTrue(out.startsWith("Hate speech classifier (hate-speech-classifier)"), out);
        assertTrue(out.contains("Depends on:   model-serving") && out.contains("https://docs.example/hs"), out);
        assertEquals("No tool nothing.", run(new Catalog(), "nothing").strip());
    }

    @Test
    void saysWhenTheFeatureIsMissing() throws Exception {
        assertEquals(ToolsCommand.TOOLING_NOT_INSTALLED, run(null).strip());
    }
}
