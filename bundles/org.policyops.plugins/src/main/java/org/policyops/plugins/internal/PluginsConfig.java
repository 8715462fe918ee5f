package org.policyops.plugins.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(name = "PolicyOps plugins", description = "Where uploaded plugins are stored, how uploads are checked and how long an upload waits for Karaf to install them.")
public @interface PluginsConfig {

    /** The configuration's persistent identity: etc/org.policyops.plugins.cfg. */
    String PID = "org.policyops.plugins";

    @AttributeDefinition(name = "Deploy folder", description = "The folder Karaf's fileinstall watches; empty for ${karaf.base}/deploy.")
    String deployDir() default "";

    @AttributeDefinition(name = "Data folder", description = "Where the upload record (uploads.log) and the last-known-good jars (last-good/) are kept; empty for ${karaf.data}/policyops/plugins.")
    String dataDir() default "";

    @AttributeDefinition(name = "Install wait (ms)", description = "How long POST /api/plugins and DELETE wait for the bundle to be installed or gone before answering 202.")
    long installWaitMillis() default 15_000;

    @AttributeDefinition(name = "Settle wait (ms)", description = "How long an upload waits, once installed, for the plugin to start and register its rules before judging whether an upgrade worked (and rolling it back if not).")
    long settleMillis() default 5_000;

    @AttributeDefinition(name = "Largest entry (bytes)", description = "The most bytes any one entry of an uploaded archive may inflate to; reading stops there, so a compression bomb is refused at once.")
    long maxEntryBytes() default 16L * 1024 * 1024;

    @AttributeDefinition(name = "Largest archive content (bytes)", description = "The most bytes all entries of an upload together may inflate to.")
    long maxTotalBytes() default 64L * 1024 * 1024;

    @AttributeDefinition(name = "Most entries", description = "The most entries an uploaded archive may have.")
    int maxEntries() default 10_000;

    @AttributeDefinition(name = "Largest manifest (bytes)", description = "The most bytes META-INF/MANIFEST.MF of an upload may have.")
    int maxManifestBytes() default 64 * 1024;

    @AttributeDefinition(name = "Most manifest lines", description = "The most lines META-INF/MANIFEST.MF of an upload may have.")
    int maxManifestLines() default 2_000;

    @AttributeDefinition(name = "Signature policy", description = "off: signatures are not checked; warn: unsigned or untrusted plugins are stored, and the upload record and the log say so; require: only plugins signed (jarsigner) by a signer in the truststore are accepted.",
            options = { @Option(label = "off", value = "off"), @Option(label = "warn", value = "warn"), @Option(label = "require", value = "require") })
    String signaturePolicy() default "off";

    @AttributeDefinition(name = "Truststore", description = "The truststore of plugin signers (relative to ${karaf.base}, e.g. etc/plugin-signers.p12); needed unless the policy is off.")
    String truststore() default "";

    @AttributeDefinition(name = "Truststore type", description = "PKCS12 or JKS.")
    String truststoreType() default "PKCS12";

    @AttributeDefinition(name = "Truststore password", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD, description = "The truststore's password; empty when it has none (a truststore of certificates needs none to be read).")
    String truststorePassword() default "";
}
