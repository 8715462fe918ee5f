package org.policyops.shell.internal;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.support.table.ShellTable;
import org.policyops.api.training.CertificationInfo;
import org.policyops.api.training.CoverageInfo;
import org.policyops.api.training.GapInfo;

/** The tables the training commands print. */
final class TrainingTables {

    /** Said by every training command when the training feature's services are not there. */
    static final String TRAINING_NOT_INSTALLED = "The training feature is not installed: feature:install policyops-training";

    private TrainingTables() {
    }

    static ShellTable coverage(List<CoverageInfo> rows) {
        ShellTable table = new ShellTable().emptyTableText("Nobody is in scope.");
        table.column("Policy");
        table.column("Version");
        table.column("Region");
        table.column("Role");
        table.column("In scope").alignRight();
        table.column("Certified").alignRight();
        table.column("Coverage").alignRight();
        table.column("Mean").alignRight();
        table.column("P10").alignRight();
        for (CoverageInfo c : rows) {
            table.addRow().addContent(c.policyKey(), orNone(c.policyVersion()), c.region().value(), c.role(), c.inScope(),
                    c.certified(), percent(c.share()), number(c.meanScore()), number(c.p10Score()));
        }
        return table;
    }

    static ShellTable gaps(List<GapInfo> gaps) {
        ShellTable table = new ShellTable().emptyTableText("No gaps: every pair is on target.");
        table.column("Rank").alignRight();
        table.column("Policy");
        table.column("Region");
        table.column("Coverage").alignRight();
        table.column("Leakage").alignRight();
        table.column("Over-enf.").alignRight();
        table.column("Severity").alignRight();
        table.column("Suggested action").maxSize(Tables.TITLE_WIDTH);
        for (GapInfo g : gaps) {
            table.addRow().addContent(g.rank(), g.policyKey(), g.region(),
                    g.inScope() == 0 ? Tables.NONE : percent(g.share()) + " (" + g.certified() + "/" + g.inScope() + ")",
                    percent(g.leakageRate()), percent(g.overEnforcementRate()),
                    String.format(Locale.ROOT, "%.3f", g.severity()), g.suggestedAction());
        }
        return table;
    }

    static ShellTable certifications(String learnerId, List<CertificationInfo> certs) {
        ShellTable table = new ShellTable().emptyTableText(learnerId + " holds no certification.");
        table.column("Id").alignRight();
        table.column("Course");
        table.column("Policy");
        table.column("Version");
        table.column("Score").alignRight();
        table.column("Granted");
        table.column("Valid until");
        table.column("Status");
        table.column("Reason").maxSize(Tables.TITLE_WIDTH);
        for (CertificationInfo c : certs) {
            table.addRow().addContent(c.id(), c.courseCode() + (c.trainTheTrainer() ? " (TtT)" : ""), c.policyKey(),
                    orNone(c.policyVersion()), number(c.score()), c.grantedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
                    c.validUntil().atOffset(ZoneOffset.UTC).toLocalDate(), c.status(), orNone(c.reason()));
        }
        return table;
    }

    static String percent(Double share) {
        return share == null ? Tables.NONE : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String number(Double value) {
        return value == null ? Tables.NONE : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? Tables.NONE : text;
    }
}
