package org.policyops.plugins.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "PolicyOps plugins", description = "Where uploaded plugins are stored and how long an upload waits for Karaf to install them.")
public @interface PluginsConfig {

    /** The configuration's persistent identity: etc/org.policyops.plugins.cfg. */
    String PID = "org.policyops.plugins";

    @AttributeDefinition(name = "Deploy folder", description = "The folder Karaf's fileinstall watches; empty for ${karaf.base}/deploy.")
    String deployDir() default "";

    @AttributeDefinition(name = "Install wait (ms)", description = "How long POST /api/plugins and DELETE wait for the bundle to be installed or gone before answering 202.")
    long installWaitMillis() default 15_000;
}
