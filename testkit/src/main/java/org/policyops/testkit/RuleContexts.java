package org.policyops.testkit;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.policyops.api.RegionCode;
import org.policyops.api.compliance.LaunchRegionView;
import org.policyops.api.compliance.LaunchView;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.localization.RequirementCatalog;
import org.policyops.api.localization.TranslationStatus;
import org.policyops.api.planning.PolicyCatalog;
import org.policyops.api.training.TrainingCoverage;

/**
 * Builds the {@link RuleContext} a rule is evaluated with: the launch, the region being judged (the launch's first
 * region unless named), the time, and the optional PolicyOps services the rule may use (absent unless given, as
 * when their feature is not installed):
 *
 * <pre>
 * RuleContext context = RuleContexts.forLaunch(launch).region("EU").now(Instant.parse("2027-01-05T09:00:00Z"))
 *         .service(TrainingCoverage.class, myCoverage).build();
 * RuleResult result = new MyRule().evaluate(context);
 * </pre>
 *
 * The context is built as a proxy of the interface, so it keeps compiling and answering when a newer API adds
 * methods to {@code RuleContext}: a method the kit does not know answers its default implementation, an empty
 * {@code Optional} for an optional service, or else fails naming the method.
 */
public final class RuleContexts {

    /** The time a context answers unless told otherwise: fixed, so that a test never depends on the clock. */
    public static final Instant DEFAULT_NOW = Instant.parse("2027-01-01T12:00:00Z");

    private final LaunchView launch;
    private RegionCode region;
    private Instant now = DEFAULT_NOW;
    private final Map<Class<?>, Object> services = new LinkedHashMap<>();

    private RuleContexts(LaunchView launch) {
        this.launch = launch;
    }

    public static RuleContexts forLaunch(LaunchView launch) {
        return new RuleContexts(launch);
    }

    public static RuleContexts forLaunch(Launches launch) {
        return new RuleContexts(launch.build());
    }

    /** The region being judged; must be one of the launch's regions. */
    public RuleContexts region(String region) {
        this.region = RegionCode.of(region);
        return this;
    }

    public RuleContexts now(Instant now) {
        this.now = now;
        return this;
    }

    /** A PolicyOps service the rule may ask for (training coverage, translation status, any other API service). */
    public <S> RuleContexts service(Class<S> type, S service) {
        services.put(type, service);
        return this;
    }

    public RuleContext build() {
        if (launch.regions().isEmpty()) {
            throw new IllegalStateException("The launch has no region; add one with Launches.region(...)");
        }
        RegionCode judged = region != null ? region : launch.regions().get(0).region();
        LaunchRegionView launchRegion = launch.region(judged).orElseThrow(() -> new IllegalStateException(
                "The launch has no region " + judged + "; it has " + launch.regions().stream().map(r -> r.region().value()).toList()));
        Map<Class<?>, Object> given = Map.copyOf(services);
        Instant time = now;
        InvocationHandler handler = (proxy, method, args) -> answer(proxy, method, args, judged, launchRegion, time, given);
        return (RuleContext) Proxy.newProxyInstance(RuleContext.class.getClassLoader(), new Class<?>[] { RuleContext.class }, handler);
    }

    private Object answer(Object proxy, Method method, Object[] args, RegionCode judged, LaunchRegionView launchRegion,
            Instant time, Map<Class<?>, Object> given) throws Throwable {
        switch (method.getName()) {
            case "launch":
                return launch;
            case "region":
                return judged;
            case "launchRegion":
                return launchRegion;
            case "now":
                return time;
            case "trainingCoverage":
                return Optional.ofNullable(given.get(TrainingCoverage.class));
            case "translationStatus":
                return Optional.ofNullable(given.get(TranslationStatus.class));
            case "requirements":
                return Optional.ofNullable(given.get(RequirementCatalog.class));
            case "policyCatalog":
                return Optional.ofNullable(given.get(PolicyCatalog.class));
            case "service":
                if (args != null && args.length == 1 && args[0] instanceof Class<?> type) {
                    return Optional.ofNullable(given.get(type));
                }
                break;
            case "toString":
                return "RuleContext for launch " + launch.id() + " in " + judged + " at " + time;
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            default:
                break;
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        if (method.getReturnType() == Optional.class) {
            return Optional.empty();
        }
        throw new UnsupportedOperationException("The test kit does not answer RuleContext." + method.getName()
                + " yet; give the value with RuleContexts.service(...) or use a newer test kit");
    }
}
