package org.policyops.shell.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.policyops.api.plugins.PluginInventory;

/** {@code policyops:plugins}: every plugin bundle with its state, rules, integrations and problems. */
@Service
@Command(scope = "policyops", name = "plugins", description = "Lists the plugin bundles: state, region, team, rules, integrations and what is wrong with them.")
public class PluginsCommand implements Action {

    @Reference(optional = true)
    PluginInventory inventory;

    @Override
    public Object execute() {
        print(System.out);
        return null;
    }

    void print(PrintStream out) {
        if (inventory == null) {
            out.println(ComplianceTables.PLUGINS_NOT_INSTALLED);
            return;
        }
        ComplianceTables.plugins(inventory.plugins()).print(out);
    }
}
