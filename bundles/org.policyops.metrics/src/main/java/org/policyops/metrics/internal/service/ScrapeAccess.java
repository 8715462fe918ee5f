package org.policyops.metrics.internal.service;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.policyops.metrics.internal.MetricsConfig;

/**
 * Which role may scrape ({@code scrapeRole}), for the scrape resource. The resource reads it from here, not from a
 * configuration of its own: DS copies a component's configuration into its service properties, and the JAX-RS
 * whiteboard rebuilds the whole application when a resource's properties change, so that every route of the API
 * answered 404 for a moment whenever an administrator edited etc/org.policyops.metrics.cfg.
 */
@Component(service = ScrapeAccess.class, configurationPid = MetricsConfig.PID)
public class ScrapeAccess {

    private volatile String role = "metrics";

    @Activate
    @Modified
    void configure(MetricsConfig config) {
        role = config.scrapeRole() == null ? "" : config.scrapeRole().trim();
    }

    /** The role a scrape needs (admins may always scrape); empty: any login. */
    public String role() {
        return role;
    }
}
