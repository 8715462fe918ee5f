package org.policyops.shell.internal;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.policyops.api.RegionCode;
import org.policyops.api.launches.ComplianceRuntime;
import org.policyops.api.launches.RuleInfo;

/** {@code policyops:rules}: the registered compliance rules, optionally those that apply in one region. */
@Service
@Command(scope = "policyops", name = "rules", description = "Lists the registered compliance rules with severity, regions, shadow mode and plugin.")
public class RulesCommand implements Action {

    @Option(name = "--region", aliases = "-r", description = "Only rules that apply in this region (including rules for every region)")
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
        List<RuleInfo> rules = runtime.rules();
        if (region != null) {
            RegionCode code = RegionCode.of(region);
            rules = rules.stream().filter(r -> r.regions().isEmpty() || r.regions().contains(code)).toList();
        }
        ComplianceTables.rules(rules).print(out);
    }
}
