package org.policyops.core.internal.rest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.policyops.core.rest.ETags;

/**
 * Whether {@link ETags#checkIfMatch} refuses a change without {@code If-Match} (etc/org.policyops.rest.cfg,
 * {@code requireIfMatch}). The domains' services call that check deep inside a request, where only the platform's
 * setting can tell them; outside OSGi (unit tests) it is off.
 */
@Component(service = IfMatchPolicy.class, immediate = true, configurationPid = "org.policyops.rest")
public class IfMatchPolicy {

    private static volatile boolean required;

    /** Whether If-Match is required now. */
    public static boolean required() {
        return required;
    }

    @Activate
    @Modified
    void configure(RestConfig config) {
        required = config.requireIfMatch();
    }

    @Deactivate
    void deactivate() {
        required = false;
    }
}
