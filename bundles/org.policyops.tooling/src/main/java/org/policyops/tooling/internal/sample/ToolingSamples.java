package org.policyops.tooling.internal.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;

import org.policyops.api.tooling.ToolStatus;
import org.policyops.tooling.internal.dto.ToolRequest;
import org.policyops.tooling.internal.dto.ToolRequest.Links;
import org.policyops.tooling.internal.entity.StatusChange;
import org.policyops.tooling.internal.entity.ToolEntity;

/**
 * A dozen tools a policy organization runs across the lifecycle: authoring, labeling and QA, two AI models, the
 * LMS, a CAT tool, the rules engine, queues and a DSA integration, with dated status histories. Built through the
 * request bodies' validation, so the samples obey the same rules as the API.
 */
final class ToolingSamples {

    private static final String BY = "sample-data";
    private static final List<String> EU_LOCALES = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga",
            "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");

    private ToolingSamples() {
    }

    static String load(EntityManager em, Instant now) {
        List<Sample> samples = List.of(
                new Sample(tool("policy-workbench", "Policy Workbench", "TOOL",
                        "Where policy writers draft, review and version policy text and enforcement guidelines.",
                        List.of("DEVELOPMENT"), "Integrity Tooling", List.of(), List.of("en"), List.of(),
                        links("policy-workbench"), List.of()), 720, ToolStatus.PRODUCTION),
                new Sample(tool("policy-redline", "Redline", "TOOL",
                        "Compares two policy versions clause by clause and drafts the change summary for trainers.",
                        List.of("DEVELOPMENT", "TRAINING"), "Integrity Tooling", List.of(), List.of("en"), List.of(),
                        links("policy-redline"), List.of("policy-workbench")), 120, ToolStatus.PILOT),
                new Sample(tool("golden-sets", "Golden Set Manager", "PLATFORM",
                        "Curates labelled golden sets per policy version and locale for calibration and model evaluation.",
                        List.of("TESTING", "TRAINING"), "Policy Quality", List.of(), List.of("en", "de", "fr", "es", "pt-BR", "ja", "hi"),
                        List.of(), links("golden-sets"), List.of()), 540, ToolStatus.PRODUCTION),
                new Sample(tool("label-qa", "LabelQA", "TOOL",
                        "Sampling, labeling and QA review of content against a draft policy; measures reviewer agreement.",
                        List.of("TESTING", "ENFORCEMENT"), "Policy Quality", List.of(), List.of("en", "de", "fr", "es", "pt-BR", "ja", "hi", "id"),
                        List.of(), links("label-qa"), List.of("golden-sets")), 600, ToolStatus.PRODUCTION),
                new Sample(tool("hate-speech-classifier", "Hate speech classifier (hs-clf v4)", "AI_MODEL",
                        "Multilingual classifier that scores content against the hate-speech policy, including coded slurs.",
                        List.of("TESTING", "ENFORCEMENT"), "Integrity ML", List.of(), List.of("en", "de", "fr", "es", "pt-BR", "hi", "ja"),
                        List.of("hate-speech"), links("hate-speech-classifier"), List.of("model-serving", "golden-sets")), 400,
                        ToolStatus.PRODUCTION),
                new Sample(tool("llm-review-assist", "LLM review assistant", "AI_MODEL",
                        "An LLM that drafts a policy rationale for reviewers on harassment and misinformation cases.",
                        List.of("ENFORCEMENT"), "Integrity ML", List.of("EU", "UK", "US"), List.of("en", "de", "fr"),
                        List.of("harassment-bullying", "misinformation"), links("llm-review-assist"), List.of("model-serving")), 90,
                        ToolStatus.PILOT),
                new Sample(tool("lms", "Learning Management System", "PLATFORM",
                        "Hosts e-learning (SCORM and xAPI packages), assessments and certifications for moderators.",
                        List.of("TRAINING"), "Policy Training Ops", List.of(), List.of(), List.of(), links("lms"), List.of()), 900,
                        ToolStatus.PRODUCTION),
                new Sample(tool("course-authoring", "Course authoring studio", "TOOL",
                        "Authoring tool for e-learning modules exported as SCORM packages to the LMS.",
                        List.of("TRAINING"), "Policy Training Ops", List.of(), List.of(), List.of(), links("course-authoring"),
                        List.of("lms")), 300, ToolStatus.PRODUCTION),
                new Sample(tool("cat-tool", "CAT tool for translators", "TOOL",
                        "Computer-assisted translation with translation memory and termbase for policy and notice texts.",
                        List.of("DEVELOPMENT", "TRAINING"), "Localization Ops", List.of("EU"), EU_LOCALES, List.of(),
                        links("cat-tool"), List.of()), 500, ToolStatus.PRODUCTION),
                new Sample(tool("model-serving", "Model serving platform", "PLATFORM",
                        "Runs classifiers and LLM integrations behind the enforcement pipeline.",
                        List.of("DEPLOYMENT", "ENFORCEMENT"), "Integrity ML", List.of(), List.of(), List.of(),
                        links("model-serving"), List.of()), 800, ToolStatus.PRODUCTION),
                new Sample(tool("rules-engine", "Enforcement rules engine", "PLATFORM",
                        "Turns policy versions into enforcement rules and routes content to review queues.",
                        List.of("DEPLOYMENT", "ENFORCEMENT"), "Integrity Tooling", List.of(), List.of(), List.of(),
                        links("rules-engine"), List.of("model-serving")), 1000, ToolStatus.PRODUCTION),
                new Sample(tool("queue-manager-legacy", "Queue Manager (legacy)", "TOOL",
                        "The old review-queue configuration screens, replaced by the queue configurator.",
                        List.of("DEPLOYMENT"), "Integrity Tooling", List.of("US", "BR", "IN"), List.of(), List.of(),
                        links("queue-manager-legacy"), List.of("rules-engine")), 1400, ToolStatus.DEPRECATED),
                new Sample(tool("queue-configurator", "Queue configurator", "TOOL",
                        "Configures review queues, routing and SLAs per policy and region.",
                        List.of("DEPLOYMENT"), "Integrity Tooling", List.of(), List.of(), List.of(),
                        links("queue-configurator"), List.of("rules-engine")), 200, ToolStatus.PRODUCTION),
                new Sample(tool("dsa-sor-bridge", "DSA statement-of-reasons bridge", "INTEGRATION",
                        "Sends Art. 17 statements of reasons for EU decisions to the DSA Transparency Database.",
                        List.of("ENFORCEMENT"), "Policy EMEA", List.of("EU"), EU_LOCALES, List.of(), links("dsa-sor-bridge"),
                        List.of("rules-engine")), 365, ToolStatus.PRODUCTION));
        for (Sample s : samples) {
            ToolRequest.Valid v = s.request().validate(null);
            Instant since = now.minus(Duration.ofDays(s.ageDays()));
            ToolEntity t = new ToolEntity(v.key(), ToolStatus.PROPOSED.name(), since.toEpochMilli());
            t.apply(v.content());
            em.persist(t);
            em.persist(new StatusChange(t.getKey(), null, ToolStatus.PROPOSED.name(), since.toEpochMilli(), BY, "registered"));
            // Walk the lifecycle to the sample's status, a step each quarter of its age.
            ToolStatus at = ToolStatus.PROPOSED;
            int step = 1;
            while (at != s.status()) {
                ToolStatus next = ToolStatus.values()[at.ordinal() + 1];
                long when = since.plus(Duration.ofDays(s.ageDays() * step / 4)).toEpochMilli();
                em.persist(new StatusChange(t.getKey(), at.name(), next.name(), when, BY, null));
                t.moveTo(next.name(), when);
                at = next;
                step++;
            }
        }
        int evaluations = evaluations(em, now);
        int usage = usage(em, now);
        // The queue work moving to the configurator: overdue in Brazil, due in the US.
        java.time.LocalDate today = now.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        org.policyops.tooling.internal.entity.MigrationEntity migration = new org.policyops.tooling.internal.entity.MigrationEntity(
                now.minus(Duration.ofDays(80)).toEpochMilli());
        migration.apply("Review queues: Queue Manager (legacy) to the queue configurator", List.of("queue-manager-legacy"),
                "queue-configurator", List.of(new org.policyops.tooling.internal.entity.MigrationEntity.Cutover("BR", today.minusDays(5)),
                        new org.policyops.tooling.internal.entity.MigrationEntity.Cutover("US", today.plusDays(20))));
        migration.setState("IN_PROGRESS");
        em.persist(migration);
        return samples.size() + " sample tools with " + evaluations + " evaluations of their AI models and " + usage
                + " daily usage rows, and a migration in progress";
    }

    /**
     * Target populations and three months of daily usage: the QA tool and the LMS used widely, the authoring workspace
     * by policy writers, and review-queue work moving from the legacy queue manager to the configurator (each user
     * switches on a day of their own). Seeded, so every database gets the same sample.
     */
    private static int usage(EntityManager em, Instant now) {
        java.util.Random random = new java.util.Random(13);
        int today = (int) now.atZone(java.time.ZoneOffset.UTC).toLocalDate().toEpochDay();
        int first = today - 90;
        List<org.policyops.tooling.internal.service.UsageWriter.Row> rows = new java.util.ArrayList<>();
        Object[][] plan = {
                { "label-qa", "EU", 40, 0.85, 0.6 }, { "label-qa", "US", 30, 0.9, 0.6 }, { "label-qa", "IN", 30, 0.7, 0.5 },
                { "lms", "EU", 40, 0.75, 0.2 }, { "lms", "US", 30, 0.8, 0.2 }, { "lms", "IN", 30, 0.6, 0.2 },
                { "policy-workbench", "US", 12, 0.9, 0.5 }, { "policy-workbench", "EU", 8, 0.9, 0.5 },
                { "queue-configurator", "US", 10, 1.0, 0.5 }, { "queue-configurator", "BR", 6, 1.0, 0.5 } };
        for (Object[] p : plan) {
            String tool = (String) p[0];
            String region = (String) p[1];
            int people = (Integer) p[2];
            // The LMS is meant for every moderator: its population is training's moderators in the region when
            // training is installed, the number otherwise.
            em.persist(new org.policyops.tooling.internal.entity.PopulationEntity(tool, region,
                    tool.equals("lms") ? "moderator" : null, (long) people));
            if (tool.equals("queue-configurator")) {
                em.persist(new org.policyops.tooling.internal.entity.PopulationEntity("queue-manager-legacy", region, (long) people));
            }
            int users = (int) Math.round(people * (Double) p[3]);
            for (int u = 0; u < users; u++) {
                String user = region.toLowerCase(java.util.Locale.ROOT) + "-" + (tool.startsWith("queue") ? "ops" : "mod")
                        + String.format("%03d", u + 1);
                // Queue work: the user leaves the legacy manager for the configurator on a day spread over the quarter.
                int switchDay = first + 10 + (u * 70) / Math.max(1, users);
                for (int day = first; day <= today; day++) {
                    if (java.time.LocalDate.ofEpochDay(day).getDayOfWeek().getValue() > 5 || random.nextDouble() > (Double) p[4]) {
                        continue;
                    }
                    String usedTool = tool.equals("queue-configurator") && day < switchDay ? "queue-manager-legacy" : tool;
                    rows.add(new org.policyops.tooling.internal.service.UsageWriter.Row(usedTool, user, region, day,
                            1 + random.nextInt(120)));
                }
            }
        }
        // Stored as a usage batch is: into the rollup with its numbers (the tools and populations are flushed first).
        em.flush();
        org.policyops.tooling.internal.service.UsageWriter.write(em, new org.policyops.tooling.internal.service.UsageKeys(), rows);
        return rows.size();
    }

    /** Thresholds of the two AI models, and their runs on golden sets (QA reviewers' labels as the truth). */
    private static int evaluations(EntityManager em, Instant now) {
        em.find(ToolEntity.class, "hate-speech-classifier").thresholds(0.85, 0.75, 0.6);
        em.find(ToolEntity.class, "llm-review-assist").thresholds(0.8, 0.7, 0.6);
        List<Object[]> runs = List.of(
                new Object[] { "hate-speech-classifier", "hate-speech", "3.0.0", "en", new long[] { 412, 38, 61, 1489 }, 150 },
                new Object[] { "hate-speech-classifier", "hate-speech", "3.0.0", "de", new long[] { 188, 21, 35, 756 }, 149 },
                new Object[] { "hate-speech-classifier", "hate-speech", "3.1.0", "en", new long[] { 431, 29, 52, 1488 }, 40 },
                new Object[] { "hate-speech-classifier", "hate-speech", "3.1.0", "de", new long[] { 179, 41, 66, 714 }, 39 },
                new Object[] { "hate-speech-classifier", "hate-speech", "3.1.0", "de", new long[] { 196, 18, 37, 749 }, 12 },
                new Object[] { "llm-review-assist", "harassment-bullying", "2.0.0", "en", new long[] { 221, 19, 40, 520 }, 60 },
                new Object[] { "llm-review-assist", "misinformation", "1.1.0", "en", new long[] { 140, 61, 58, 341 }, 20 });
        for (Object[] r : runs) {
            ToolEntity t = em.find(ToolEntity.class, (String) r[0]);
            long[] c = (long[]) r[4];
            org.policyops.tooling.internal.domain.Agreement a = new org.policyops.tooling.internal.domain.Agreement(c[0], c[1], c[2], c[3]);
            em.persist(new org.policyops.tooling.internal.entity.EvaluationEntity(t.getKey(), (String) r[1], (String) r[2],
                    (String) r[3], c, new Double[] { a.precision(), a.recall(), a.kappa() },
                    new Double[] { t.getMinPrecision(), t.getMinRecall(), t.getMinKappa() },
                    a.meets(t.getMinPrecision(), t.getMinRecall(), t.getMinKappa()), "qa-calibration",
                    now.minus(Duration.ofDays((Integer) r[5])).toEpochMilli()));
        }
        return runs.size();
    }

    private record Sample(ToolRequest request, long ageDays, ToolStatus status) {
    }

    private static ToolRequest tool(String key, String name, String kind, String description, List<String> stages, String team,
            List<String> regions, List<String> locales, List<String> policies, Links links, List<String> dependsOn) {
        return new ToolRequest(key, name, kind, description, stages, team, null, regions, locales, policies, links, dependsOn);
    }

    private static Links links(String key) {
        return new Links("https://docs.policyops.example/tools/" + key, "https://runbooks.policyops.example/" + key,
                "#tool-" + key);
    }
}
