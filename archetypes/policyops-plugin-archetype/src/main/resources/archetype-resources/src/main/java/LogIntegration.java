package ${package};

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.policyops.api.compliance.DomainEvent;
import org.policyops.api.compliance.Integration;
import org.policyops.api.plugins.IntegrationDeclaration;

/**
 * An integration template: receives the platform's events on the configured topics and writes one log line each.
 * Replace {@link #deliver} with your own (post to a ticketing system, a chat, a data lake). It runs only when
 * {@code etc/${package}.LogIntegration.cfg} exists, so deploying the plugin adds no integration until it is
 * configured. {@code deliver} must return quickly: queue slow work on a thread of your own.
 */
@IntegrationDeclaration(id = "${integrationId}")
@Component(service = Integration.class, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = LogIntegration.Config.class)
public class LogIntegration implements Integration {

    @ObjectClassDefinition(name = "${pluginName}: log integration")
    public @interface Config {
        @AttributeDefinition(description = "Event topics to receive; * is a wildcard at the end")
        String[] topics() default { "org/policyops/launches/*" };
    }

    private static final System.Logger LOG = System.getLogger(LogIntegration.class.getName());

    private final Set<String> topics;

    @Activate
    public LogIntegration(Config config) {
        this.topics = Set.of(config.topics());
    }

    @Override
    public String id() {
        return "${integrationId}";
    }

    @Override
    public String type() {
        return "log";
    }

    @Override
    public String description() {
        return "Writes each event to the log (a template to replace)";
    }

    @Override
    public Set<String> topics() {
        return topics;
    }

    @Override
    public void deliver(DomainEvent event) {
        LOG.log(System.Logger.Level.INFO, "{0} {1}", event.topic(), event.properties());
    }
}
