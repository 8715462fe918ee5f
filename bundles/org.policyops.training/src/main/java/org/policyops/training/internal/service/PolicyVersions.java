package org.policyops.training.internal.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.policyops.api.SemanticVersion;
import org.policyops.api.planning.PolicyCatalog;
import org.policyops.api.planning.PolicyVersionInfo;

/**
 * The current version of a policy, which coverage is measured against. With planning installed it is the catalog's
 * version in force; without, training knows policies only by key, and the current version is the highest one its
 * own (non train-the-trainer) courses were written for. Null when neither names one: then every valid
 * certification on the policy counts.
 */
@Component(service = PolicyVersions.class)
public class PolicyVersions {

    /** A policy's current version and its major number. */
    public record Current(String version, int major) {
        static Current of(SemanticVersion v) {
            return new Current(v.toString(), v.major());
        }
    }

    private volatile PolicyCatalog catalog;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setCatalog(PolicyCatalog c) {
        this.catalog = c;
    }

    void unsetCatalog(PolicyCatalog c) {
        if (this.catalog == c) {
            this.catalog = null;
        }
    }

    public Current current(EntityManager em, String policyKey) {
        return currentAll(em, List.of(policyKey)).get(policyKey);
    }

    /** The current version of each policy that has one. */
    public Map<String, Current> currentAll(EntityManager em, Iterable<String> policyKeys) {
        Map<String, Current> result = new HashMap<>();
        PolicyCatalog c = catalog;
        Map<String, SemanticVersion> fromCourses = null;
        for (String key : policyKeys) {
            Optional<PolicyVersionInfo> v = c == null ? Optional.empty() : c.currentVersion(key);
            if (v.isPresent()) {
                result.put(key, Current.of(v.get().version()));
                continue;
            }
            if (fromCourses == null) {
                fromCourses = highestCourseVersions(em);
            }
            SemanticVersion s = fromCourses.get(key);
            if (s != null) {
                result.put(key, Current.of(s));
            }
        }
        return result;
    }

    /** One query over the courses (hundreds of rows at most): the highest version each policy's courses name. */
    private static Map<String, SemanticVersion> highestCourseVersions(EntityManager em) {
        Map<String, SemanticVersion> highest = new HashMap<>();
        List<Object[]> rows = em.createQuery("select distinct p.policyKey, p.policyVersion from CourseEntity c "
                + "join c.policies p where c.forCourse is null and p.policyVersion is not null", Object[].class).getResultList();
        for (Object[] r : rows) {
            SemanticVersion v = SemanticVersion.parse((String) r[1]);
            highest.merge((String) r[0], v, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return highest;
    }
}
