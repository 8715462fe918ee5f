package org.policyops.tooling.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "PolicyOps tooling",
        description = "The tooling registry: tools, platforms and AI integrations (configuration org.policyops.tooling).")
public @interface ToolingConfig {

    /** The configuration's persistent identity: etc/org.policyops.tooling.cfg. */
    String PID = "org.policyops.tooling";

    @AttributeDefinition(name = "Load sample data",
            description = "On the first start with this on, load a dozen example tools across the five lifecycle stages "
                    + "(two of them AI models), once per database. Production sets this to false.")
    boolean sampleData() default true;

    @AttributeDefinition(name = "Severity of tooling.ai-evaluated",
            description = "How much the readiness rule tooling.ai-evaluated matters for a launch: BLOCKER, WARNING or INFO. "
                    + "It fails when an AI model serving the launch's policy in the region has no passing evaluation on the "
                    + "launched version.")
    String aiEvaluatedSeverity() default "WARNING";
}
