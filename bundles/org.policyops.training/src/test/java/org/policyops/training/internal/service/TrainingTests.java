package org.policyops.training.internal.service;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.policyops.training.internal.TrainingConfig;

/** What the training tests share. */
public final class TrainingTests {

    /** The training unit's persistence.xml, named apart from planning's so both can share a class path. */
    public static final Map<String, String> PERSISTENCE_XML =
            Map.of("eclipselink.persistencexml", "META-INF/training-persistence.xml");

    private TrainingTests() {
    }

    /** The configuration with its Metatype defaults, except the values given. */
    public static TrainingConfig config(Map<String, Object> values) {
        return (TrainingConfig) Proxy.newProxyInstance(TrainingConfig.class.getClassLoader(),
                new Class<?>[] { TrainingConfig.class }, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return TrainingConfig.class;
                    }
                    Object v = values.get(method.getName());
                    return v != null ? v : method.getDefaultValue();
                });
    }
}
