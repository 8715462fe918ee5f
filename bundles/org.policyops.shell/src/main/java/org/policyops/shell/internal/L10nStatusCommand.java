package org.policyops.shell.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.policyops.api.LocaleTag;
import org.policyops.api.RegionCode;
import org.policyops.api.localization.ContentReadiness;
import org.policyops.api.localization.LocalizationCatalog;
import org.policyops.api.localization.TranslationStatus;

/**
 * {@code policyops:l10n-status <content>}: whether a content item is translated, reviewed and current in the
 * locales each region requires; by default in the region groups (EU, EMEA, APAC, MENA), with {@code -r} in the
 * regions named, with {@code --all} in every region.
 */
@Service
@Command(scope = "policyops", name = "l10n-status",
        description = "Shows whether a content item is translated, reviewed and current in every locale each region requires.")
public class L10nStatusCommand implements Action {

    static final String NOT_INSTALLED = "The localization feature is not installed: feature:install policyops-localization";

    @Argument(index = 0, name = "content", description = "The content key, e.g. policy/hate-speech/statement-of-reasons", required = true)
    @Completion(ContentKeyCompleter.class)
    String content;

    @Option(name = "--region", aliases = "-r", description = "A region to show (repeatable); default: the region groups", multiValued = true)
    List<String> regions;

    @Option(name = "--all", aliases = "-a", description = "Show every region the localization feature knows")
    boolean all;

    @Reference(optional = true)
    TranslationStatus status;

    @Reference(optional = true)
    LocalizationCatalog catalog;

    @Override
    public Object execute() {
        print(System.out);
        return null;
    }

    void print(PrintStream out) {
        if (status == null || catalog == null) {
            out.println(NOT_INSTALLED);
            return;
        }
        List<RegionCode> codes = new ArrayList<>();
        if (regions != null && !regions.isEmpty()) {
            for (String r : regions) {
                codes.add(RegionCode.of(r));
            }
        } else {
            codes.addAll(catalog.regions(!all));
        }
        List<ContentReadiness> rows = new ArrayList<>();
        for (RegionCode code : codes) {
            Optional<ContentReadiness> r = status.readiness(content, code);
            if (r.isEmpty()) {
                out.println("No content '" + content + "' is registered for translation. Registered keys start like: "
                        + String.join(", ", catalog.contentKeys(null, 5)));
                return;
            }
            rows.add(r.get());
        }
        if (!rows.isEmpty()) {
            ContentReadiness first = rows.get(0);
            out.println(content + " (source " + first.sourceLocale() + ", revision " + first.sourceRevision() + ")");
        }
        table(rows).print(out);
    }

    static ShellTable table(List<ContentReadiness> rows) {
        ShellTable table = new ShellTable().emptyTableText("No region to show.");
        table.column("Region");
        table.column("Ready");
        table.column("Locales").alignRight();
        table.column("Missing");
        table.column("Stale");
        table.column("Unreviewed");
        for (ContentReadiness r : rows) {
            String ready = !r.regionKnown() ? "unknown region" : r.ready() ? "yes" : "no";
            table.addRow().addContent(r.region(), ready, r.readyLocales().size() + "/" + r.requiredLocales().size(),
                    list(r.missingLocales()), list(r.staleLocales()), list(r.unreviewedLocales()));
        }
        return table;
    }

    private static String list(List<LocaleTag> locales) {
        return locales.isEmpty() ? Tables.NONE : locales.stream().map(LocaleTag::value).collect(Collectors.joining(" "));
    }
}
