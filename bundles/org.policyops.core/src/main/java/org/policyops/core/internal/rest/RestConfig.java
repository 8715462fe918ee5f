package org.policyops.core.internal.rest;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "PolicyOps REST API",
        description = "Limits of the REST API under /api.")
public @interface RestConfig {

    @AttributeDefinition(name = "Largest request body (bytes)",
            description = "Requests with a larger body are refused with 413 before anything is stored.", min = "1024")
    long maxRequestBytes() default 1_048_576;

    @AttributeDefinition(name = "Require If-Match",
            description = "PUT, PATCH and DELETE of a record that carries an ETag must send If-Match (the ETag read, or *); "
                    + "without it they are refused with 428, so that two clients cannot overwrite each other's changes unseen.")
    boolean requireIfMatch() default true;

    @AttributeDefinition(name = "Origins allowed by CORS",
            description = "Web origins (scheme://host[:port], for example https://dashboards.example.org) whose pages may call "
                    + "the API from a browser, with credentials. Empty: CORS is off and browsers keep other sites' pages out.")
    String[] corsAllowedOrigins() default {};
}
