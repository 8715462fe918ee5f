package org.policyops.shell.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.policyops.api.RegionCode;
import org.policyops.api.training.CoverageInfo;
import org.policyops.api.training.TrainingCoverage;
import org.policyops.api.training.TrainingQuery;

/** {@code policyops:coverage}: training coverage and proficiency of a region, per policy and role. */
@Service
@Command(scope = "policyops", name = "coverage", description = "Shows training coverage and proficiency (mean, p10) of a region: "
        + "per policy and role, the people in scope and how many hold a valid certification on the current version.")
public class CoverageCommand implements Action {

    @Argument(index = 0, name = "region", description = "The region, exactly as learners are assigned to it (EU, UK, US, ...)", required = true)
    String region;

    @Option(name = "--policy", aliases = "-p", description = "Only this policy (default: every policy training knows)")
    String policy;

    @Option(name = "--role", aliases = "-r", description = "Only this role (default: every role with learners in the region)")
    String role;

    @Reference(optional = true)
    TrainingCoverage coverage;

    @Reference(optional = true)
    TrainingQuery training;

    @Override
    public Object execute() {
        print(System.out);
        return null;
    }

    void print(PrintStream out) {
        RegionCode code = RegionCode.of(region.trim().toUpperCase(java.util.Locale.ROOT));
        if (coverage == null || training == null) {
            out.println(TrainingTables.TRAINING_NOT_INSTALLED);
            return;
        }
        if (policy == null && role == null) {
            TrainingTables.coverage(training.coverageReport(code)).print(out);
            return;
        }
        List<String> policies = policy == null ? training.policyKeys() : List.of(policy.trim());
        List<CoverageInfo> rows = new ArrayList<>();
        for (String p : policies) {
            if (role == null) {
                rows.addAll(coverage.coverage(p, code));
            } else {
                rows.add(coverage.coverage(p, code, role.trim()));
            }
        }
        TrainingTables.coverage(rows).print(out);
    }
}
