package org.policyops.shell.internal;

import java.io.PrintStream;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.policyops.api.RegionCode;
import org.policyops.api.launches.ComplianceRuntime;
import org.policyops.api.launches.ReadinessReport;

/** {@code policyops:readiness <launch>}: evaluates the launch's rules now and shows GO / NO_GO per region. */
@Service
@Command(scope = "policyops", name = "readiness", description = "Evaluates a launch's compliance rules and shows GO / NO_GO per region with every rule's verdict and findings.")
public class ReadinessCommand implements Action {

    @Argument(index = 0, name = "launchId", description = "The launch's id", required = true)
    @Completion(LaunchIdCompleter.class)
    long launchId;

    @Option(name = "--region", aliases = "-r", description = "Only this region of the launch")
    String region;

    @Reference(optional = true)
    ComplianceRuntime runtime;

    @Override
    public Object execute() {
        print(System.out);
        return null;
    }

    void print(PrintStream out) {
        if (runtime == null) {
            out.println(ComplianceTables.LAUNCHES_NOT_INSTALLED);
            return;
        }
        Optional<ReadinessReport> report = runtime.readiness(launchId, region == null ? null : RegionCode.of(region));
        if (report.isEmpty()) {
            out.println("There is no launch " + launchId + ".");
            return;
        }
        ReadinessReport r = report.get();
        out.println("Launch " + r.launchId() + ": " + r.title() + " (" + r.policyKey() + " " + r.policyVersion() + "), evaluated "
                + r.evaluatedAt());
        ComplianceTables.regions(r).print(out);
        out.println();
        ComplianceTables.evaluations(r).print(out);
    }
}
