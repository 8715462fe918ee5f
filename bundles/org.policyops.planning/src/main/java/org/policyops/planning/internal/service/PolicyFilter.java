package org.policyops.planning.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;

import org.policyops.planning.internal.entity.PolicyEntity;

/**
 * The filters of the policy list: {@code area} and {@code team} match whole names, ignoring case; {@code q} finds
 * text anywhere in the key or the name, ignoring case. Blank filters are ignored.
 */
public record PolicyFilter(String area, String team, String q) {

    /** Escapes LIKE wildcards so that a search for "50%" finds "50%" and not "500". */
    private static final char ESCAPE = '!';

    public static PolicyFilter of(String area, String team, String q) {
        return new PolicyFilter(blankToNull(area), blankToNull(team), blankToNull(q));
    }

    List<Predicate> predicates(CriteriaBuilder cb, Root<PolicyEntity> root) {
        List<Predicate> where = new ArrayList<>();
        if (area != null) {
            where.add(cb.equal(cb.lower(root.get("area")), area.toLowerCase(Locale.ROOT)));
        }
        if (team != null) {
            where.add(cb.equal(cb.lower(root.get("owningTeam")), team.toLowerCase(Locale.ROOT)));
        }
        if (q != null) {
            String pattern = "%" + escape(q.toLowerCase(Locale.ROOT)) + "%";
            where.add(cb.or(cb.like(cb.lower(root.get("policyKey")), pattern, ESCAPE),
                    cb.like(cb.lower(root.get("name")), pattern, ESCAPE)));
        }
        return where;
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                sb.append(ESCAPE);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
