package org.policyops.core.internal.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "PolicyOps security",
        description = "How REST clients are authenticated.")
public @interface SecurityConfig {

    @AttributeDefinition(name = "JAAS realm", description = "The Karaf JAAS realm that checks user names and passwords.")
    String realm() default "karaf";

    @AttributeDefinition(name = "Login cache (seconds)", description = "How long a successful login is remembered; "
            + "role changes take effect after at most this long. 0 turns the cache off.", min = "0")
    int loginCacheSeconds() default 30;
}
