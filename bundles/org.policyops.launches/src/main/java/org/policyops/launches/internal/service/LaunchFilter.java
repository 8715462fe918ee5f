package org.policyops.launches.internal.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;

import org.policyops.api.PolicyRef;
import org.policyops.api.RegionCode;
import org.policyops.core.rest.Validator;
import org.policyops.launches.internal.domain.LaunchStatus;
import org.policyops.launches.internal.entity.LaunchEntity;

/**
 * The filters of the launch list: {@code policy} (keys), {@code region} (codes: launches rolled out to any of them)
 * and {@code status} (the launch's status). Each takes one value or several separated by commas; a launch must pass
 * every filter given.
 */
public record LaunchFilter(Set<String> policies, Set<String> regions, Set<LaunchStatus> statuses) {

    public static LaunchFilter of(String policy, String region, String status) {
        Validator v = new Validator();
        LaunchFilter f = new LaunchFilter(parse(v, "policy", policy, PolicyRef::requireValidKey),
                parse(v, "region", region, s -> RegionCode.of(s).value()),
                parse(v, "status", status, LaunchFilter::status));
        v.throwIfInvalid();
        return f;
    }

    public static LaunchFilter none() {
        return new LaunchFilter(Set.of(), Set.of(), Set.of());
    }

    private static LaunchStatus status(String s) {
        try {
            return LaunchStatus.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + s + "' is not a launch status: use one of "
                    + java.util.Arrays.toString(LaunchStatus.values()), e);
        }
    }

    private static <T> Set<T> parse(Validator v, String field, String text, Function<String, T> parser) {
        Set<T> values = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return values;
        }
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                T value = v.parse(field, part.trim(), parser);
                if (value != null) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    List<Predicate> predicates(CriteriaBuilder cb, Root<LaunchEntity> root) {
        List<Predicate> where = new ArrayList<>();
        if (!policies.isEmpty()) {
            where.add(root.get("policyKey").in(policies));
        }
        if (!statuses.isEmpty()) {
            where.add(root.get("status").in(statuses));
        }
        if (!regions.isEmpty()) {
            // REGION_CODES holds ",EU,UK,": one LIKE per region asked for; '_' is escaped, as it is a wildcard.
            where.add(cb.or(regions.stream()
                    .map(r -> cb.like(root.get("regionCodes"), "%," + r.replace("_", "\\_") + ",%", '\\'))
                    .toArray(Predicate[]::new)));
        }
        return where;
    }
}
