package org.policyops.examples.eu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Component;
import org.policyops.api.plugins.RuleDeclaration;
import org.policyops.api.LocaleTag;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;
import org.policyops.api.localization.ContentKeys;
import org.policyops.api.localization.ContentReadiness;
import org.policyops.api.localization.RequirementCatalog;
import org.policyops.api.localization.TranslationStatus;

/**
 * The policy's user-facing text (DSA Art. 14) and its statement-of-reasons template (Art. 17) must be reviewed and
 * current in every official language of the member states in the launch region before enforcement starts there.
 * The languages come from this pack's own table, so that a region configured with too few locales in the
 * localization feature cannot pass by accident; a language counts as ready when any ready locale of the content
 * has that language (a {@code de-AT} translation serves {@code de}).
 */
// Declared for dry runs (POST /api/plugins?dryRun=true); the same as id(), severity() and regions() below.
@RuleDeclaration(id = "eu.dsa-texts-in-official-languages", severity = Severity.BLOCKER, regions = { "EU", "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE" })
@Component(service = ComplianceRule.class)
public class TranslationsRule implements ComplianceRule {

    static final String ID = "eu.dsa-texts-in-official-languages";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Policy text and statement of reasons in every official EU language of the launch";
    }

    @Override
    public String description() {
        return "The policy's user-facing text and its statement-of-reasons template are translated, reviewed and current "
                + "in every official language of the EU member states in the launch region (DSA Art. 14 and 17).";
    }

    @Override
    public Set<RegionCode> regions() {
        return EuMemberStates.regions();
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKER;
    }

    @Override
    public List<String> requirements() {
        return List.of(RequirementCatalog.EU_DSA_ART17, RequirementCatalog.EU_DSA_ART14);
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        Optional<Set<String>> languages = EuMemberStates.languages(context.region());
        if (languages.isEmpty()) {
            return RuleResult.notApplicable(context.region() + " is not the EU or one of its member states.");
        }
        Optional<TranslationStatus> status = context.translationStatus();
        if (status.isEmpty()) {
            return RuleResult.notApplicable("The localization feature is not installed, so translations cannot be checked "
                    + "(feature:install policyops-localization). Needed languages: " + String.join(", ", languages.get()) + ".");
        }
        String policy = context.launch().policyKey();
        List<Finding> failures = new ArrayList<>();
        List<Finding> passes = new ArrayList<>();
        check("policy text", ContentKeys.policyText(policy), status.get(), context.region(), languages.get(), failures, passes);
        check("statement-of-reasons template", ContentKeys.statementOfReasons(policy), status.get(), context.region(),
                languages.get(), failures, passes);
        if (failures.isEmpty()) {
            return RuleResult.pass(passes.toArray(Finding[]::new));
        }
        return RuleResult.fail(failures.toArray(Finding[]::new));
    }

    private static void check(String what, String key, TranslationStatus status, RegionCode region, Set<String> languages,
            List<Finding> failures, List<Finding> passes) {
        Optional<ContentReadiness> found = status.readiness(key, region);
        if (found.isEmpty()) {
            failures.add(new Finding("The " + what + " is not registered for translation.", "content key " + key));
            return;
        }
        ContentReadiness r = found.get();
        Set<String> ready = languagesOf(r.readyLocales());
        if (r.sourceLocale() != null) {
            ready.add(r.sourceLocale().toLocale().getLanguage()); // the source is always ready
        }
        Set<String> stale = new TreeSet<>();
        Set<String> unreviewed = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        Set<String> staleLanguages = languagesOf(r.staleLocales());
        Set<String> unreviewedLanguages = languagesOf(r.unreviewedLocales());
        for (String language : languages) {
            if (ready.contains(language)) {
                continue;
            }
            if (staleLanguages.contains(language)) {
                stale.add(language);
            } else if (unreviewedLanguages.contains(language)) {
                unreviewed.add(language);
            } else {
                missing.add(language);
            }
        }
        int notReady = stale.size() + unreviewed.size() + missing.size();
        if (notReady == 0) {
            passes.add(new Finding("The " + what + " is ready in all " + languages.size() + " languages.", key));
            return;
        }
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("missing: " + String.join(", ", missing));
        }
        if (!stale.isEmpty()) {
            parts.add("stale (made from an older source): " + String.join(", ", stale));
        }
        if (!unreviewed.isEmpty()) {
            parts.add("not reviewed: " + String.join(", ", unreviewed));
        }
        String note = r.regionKnown() ? "" : " The localization feature does not know region " + region + ".";
        failures.add(new Finding("The " + what + " is not ready in " + notReady + " of " + languages.size() + " languages." + note,
                key + ": " + String.join("; ", parts)));
    }

    private static Set<String> languagesOf(Collection<LocaleTag> locales) {
        Set<String> languages = new TreeSet<>();
        locales.forEach(l -> languages.add(l.toLocale().getLanguage()));
        return languages;
    }
}
