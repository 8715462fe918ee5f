package org.policyops.localization.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "PolicyOps localization",
        description = "Regions, locales, translations and regional requirements (configuration org.policyops.localization).")
public @interface LocalizationConfig {

    /** The configuration's persistent identity: etc/org.policyops.localization.cfg. */
    String PID = "org.policyops.localization";

    @AttributeDefinition(name = "Load sample data",
            description = "On the first start with this on, load example contents for the sample policies with a mix of "
                    + "reviewed, in-progress, missing and stale translations, and regional timelines, once per database. "
                    + "The reference data (regions, locales, requirements) is always loaded once. Production sets this to false.")
    boolean sampleData() default true;
}
