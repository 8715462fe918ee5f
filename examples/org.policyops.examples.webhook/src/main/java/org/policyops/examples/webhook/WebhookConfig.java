package org.policyops.examples.webhook;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** One webhook: etc/org.policyops.examples.webhook-&lt;name&gt;.cfg. */
@ObjectClassDefinition(name = "PolicyOps webhook", description = "Posts domain events as JSON to a URL, retrying with exponential backoff.")
public @interface WebhookConfig {

    @AttributeDefinition(name = "Name", description = "Short name; the integration's id is webhook.<name>.")
    String name();

    @AttributeDefinition(name = "URL", description = "http(s) URL that receives a POST per event.")
    String url();

    @AttributeDefinition(name = "Topics", description = "Event Admin topics; a trailing /* matches a subtree.")
    String[] topics() default { "org/policyops/launches/*" };

    @AttributeDefinition(name = "Attempts", description = "Attempts per event, including the first.")
    int maxAttempts() default 5;

    @AttributeDefinition(name = "Initial backoff (ms)", description = "Wait before the first retry; doubled for each further one.")
    long initialBackoffMillis() default 1000;

    @AttributeDefinition(name = "Timeout (ms)", description = "Connect and response timeout of one attempt.")
    long timeoutMillis() default 5000;

    @AttributeDefinition(name = "Secret header name", description = "Optional header sent with every request, e.g. X-Webhook-Token.", required = false)
    String secretHeaderName() default "";

    @AttributeDefinition(name = "Secret header value", type = AttributeType.PASSWORD, required = false)
    String secretHeaderValue() default "";

    @AttributeDefinition(name = "Queue limit", description = "Events waiting for delivery beyond which new ones are refused.")
    int maxQueued() default 1000;
}
