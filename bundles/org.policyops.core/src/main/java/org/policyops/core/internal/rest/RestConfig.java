package org.policyops.core.internal.rest;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "PolicyOps REST API",
        description = "Limits of the REST API under /api.")
public @interface RestConfig {

    @AttributeDefinition(name = "Largest request body (bytes)",
            description = "Requests with a larger body are refused with 413 before anything is stored.", min = "1024")
    long maxRequestBytes() default 1_048_576;
}
