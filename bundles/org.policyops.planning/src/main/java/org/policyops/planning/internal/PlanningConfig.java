package org.policyops.planning.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "PolicyOps planning",
        description = "The policy catalog and planning portfolio (configuration org.policyops.planning).")
public @interface PlanningConfig {

    /** The configuration's persistent identity: etc/org.policyops.planning.cfg. */
    String PID = "org.policyops.planning";

    @AttributeDefinition(name = "Load sample data",
            description = "On the first start with this on, load example policies, versions and initiatives, once: "
                    + "the database remembers that they were loaded, so deleting them does not bring them back. "
                    + "Production sets this to false.")
    boolean sampleData() default true;
}
