package org.policyops.planning.internal.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.Expression;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;

import org.policyops.api.PolicyRef;
import org.policyops.api.RegionCode;
import org.policyops.core.rest.Validator;
import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.Quarter;
import org.policyops.planning.internal.domain.RiskLevel;
import org.policyops.planning.internal.entity.InitiativeEntity;

/**
 * The filters of the initiative list, read from query parameters. Each takes one value or several separated by
 * commas ({@code status=PLANNED,IN_PROGRESS}); an initiative passes a filter when it matches any of its values,
 * and must pass every filter given. An empty set means the filter is not used.
 */
public record InitiativeFilter(Set<String> regions, Set<InitiativeStatus> statuses, Set<String> quarters,
        Set<String> policies, Set<InitiativeType> types, Set<RiskLevel> risks, Set<String> linesOfBusiness) {

    /** Parses the parameters, answering 400 with every bad value named by its parameter. */
    public static InitiativeFilter of(String region, String status, String quarter, String policy, String type,
            String risk, String lob) {
        Validator v = new Validator();
        InitiativeFilter filter = new InitiativeFilter(
                parse(v, "region", region, s -> RegionCode.of(s).value()),
                parse(v, "status", status, s -> enumValue(InitiativeStatus.class, "status", s)),
                parse(v, "quarter", quarter, s -> Quarter.parse(s).toString()),
                parse(v, "policy", policy, PolicyRef::requireValidKey),
                parse(v, "type", type, s -> enumValue(InitiativeType.class, "type", s)),
                parse(v, "risk", risk, s -> enumValue(RiskLevel.class, "risk level", s)),
                parse(v, "lob", lob, s -> s.toLowerCase(Locale.ROOT)));
        v.throwIfInvalid();
        return filter;
    }

    /** No filter at all. */
    public static InitiativeFilter none() {
        return of(null, null, null, null, null, null, null);
    }

    List<Predicate> predicates(CriteriaBuilder cb, Root<InitiativeEntity> root) {
        List<Predicate> where = new ArrayList<>();
        if (!regions.isEmpty()) {
            Expression<List<String>> stored = root.get("regions");
            where.add(cb.or(regions.stream().map(r -> cb.isMember(r, stored)).toArray(Predicate[]::new)));
        }
        if (!linesOfBusiness.isEmpty()) {
            Expression<List<String>> stored = root.get("linesOfBusiness");
            where.add(cb.or(linesOfBusiness.stream().map(l -> cb.isMember(l, stored)).toArray(Predicate[]::new)));
        }
        in(where, root.get("status"), statuses);
        in(where, root.get("targetQuarter"), quarters);
        in(where, root.get("policyKey"), policies);
        in(where, root.get("type"), types);
        in(where, root.get("riskLevel"), risks);
        return where;
    }

    private static void in(List<Predicate> where, Expression<?> attribute, Set<?> values) {
        if (!values.isEmpty()) {
            where.add(attribute.in(values));
        }
    }

    private static <T> Set<T> parse(Validator v, String field, String text, Function<String, T> parser) {
        Set<T> values = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return values;
        }
        for (String part : Arrays.asList(text.split(","))) {
            if (!part.isBlank()) {
                T value = v.parse(field, part.trim(), parser);
                if (value != null) {
                    values.add(value);
                }
            }
        }
        return Set.copyOf(values);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String what, String text) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a " + what + ": use one of "
                    + Arrays.toString(type.getEnumConstants()), e);
        }
    }
}
