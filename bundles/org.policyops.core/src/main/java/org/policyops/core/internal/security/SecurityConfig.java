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

    @AttributeDefinition(name = "Failed logins per user", description = "After this many failed logins of one user "
            + "name within the window, that user's logins are refused (429 with Retry-After) for the cool-down, even "
            + "with the right password. 0 turns the limit off.", min = "0")
    int maxFailedLoginsPerUser() default 5;

    @AttributeDefinition(name = "Failed logins per address", description = "After this many failed logins from one "
            + "client address (any user names) within the window, logins from that address are refused for the "
            + "cool-down. Higher than the per-user limit, as several people may share an address. 0 turns it off.",
            min = "0")
    int maxFailedLoginsPerAddress() default 20;

    @AttributeDefinition(name = "Failed login window (seconds)", description = "How far back failed logins count.",
            min = "1")
    int failedLoginWindowSeconds() default 300;

    @AttributeDefinition(name = "Login cool-down (seconds)", description = "How long logins are refused once a limit "
            + "is reached; a further failure right after it starts another cool-down.", min = "1")
    int loginCoolDownSeconds() default 60;

    @AttributeDefinition(name = "Tracked user names and addresses", description = "At most this many user names and "
            + "addresses are tracked at once, bounding the memory used; beyond it the oldest are forgotten.",
            min = "100")
    int failedLoginEntries() default 10000;
}
