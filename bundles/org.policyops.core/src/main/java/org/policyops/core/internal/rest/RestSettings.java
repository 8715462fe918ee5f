package org.policyops.core.internal.rest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The REST settings ({@code etc/org.policyops.rest.cfg}) in one place, for the filters that use them. The filters
 * reference this service instead of taking the configuration themselves: Declarative Services copies a component's
 * configuration into its service properties, and a whiteboard sees changed properties as a service that left and came
 * back. A changed setting re-registered the filter in the web server (requests slipped past the request guard
 * meanwhile) and rebuilt the JAX-RS application (CXF's "No service was found"). This service's own properties change,
 * and that harms no one: the filters follow through their references' {@code updated} callbacks.
 */
@Component(service = RestSettings.class, configurationPid = "org.policyops.rest")
@Designate(ocd = RestConfig.class)
public class RestSettings {

    private volatile RestConfig config;

    @Activate
    @Modified
    void configure(RestConfig config) {
        this.config = config;
    }

    public RestConfig config() {
        return config;
    }
}
