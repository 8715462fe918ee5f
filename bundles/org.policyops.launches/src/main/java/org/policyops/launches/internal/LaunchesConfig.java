package org.policyops.launches.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "PolicyOps launches",
        description = "Launches, readiness and the compliance runtime (configuration org.policyops.launches).")
public @interface LaunchesConfig {

    /** The configuration's persistent identity: etc/org.policyops.launches.cfg. */
    String PID = "org.policyops.launches";

    @AttributeDefinition(name = "Load sample data",
            description = "On the first start with this on, load example launches and evidence, once: the database "
                    + "remembers that they were loaded. Production sets this to false.")
    boolean sampleData() default true;

    @AttributeDefinition(name = "Rule time bound (ms)",
            description = "How long one compliance rule may run for one launch region before it is abandoned and "
                    + "reported as TIMEOUT (100 to 60000).")
    long ruleTimeoutMillis() default 2000;

    @AttributeDefinition(name = "Shadow rules",
            description = "Ids of rules in shadow mode: evaluated and reported with shadow=true, never blocking an "
                    + "approval. Comma-separated in the .cfg file.")
    String[] shadowRules() default {};

    @AttributeDefinition(name = "Rule workers",
            description = "Threads that evaluate rules in parallel (1 to 64). A rule abandoned after its time bound "
                    + "that does not return is replaced by a new worker, so it never takes capacity from later requests.")
    int ruleWorkers() default 8;

    @AttributeDefinition(name = "Integration queue",
            description = "Events each integration may have waiting for delivery (1 to 100000). When it is full, "
                    + "new events for that integration are dropped and counted as failed deliveries.")
    int integrationQueueCapacity() default 1000;

    @AttributeDefinition(name = "Circuit: consecutive timeouts",
            description = "After this many consecutive TIMEOUTs a rule's circuit opens: it is reported at once as "
                    + "TIMEOUT, without running, for the cool-down; then it is tried again. 0 turns the circuit off.")
    int rules_circuit_timeouts() default 3;

    @AttributeDefinition(name = "Circuit: cool-down",
            description = "How long an open circuit reports its rule as TIMEOUT before trying it again (ISO-8601, e.g. PT60S).")
    String rules_circuit_cooldown() default "PT60S";

    @AttributeDefinition(name = "Pending rules: time bound",
            description = "How long a rule of a plugin that is changing (updated, refreshed, replaced or stopped) is "
                    + "reported as pending before it is reported as failing (ISO-8601, e.g. PT5M). Either way it is "
                    + "never a PASS, and approvals in its regions are refused while it is pending.")
    String rules_pending_timeout() default "PT5M";
}
