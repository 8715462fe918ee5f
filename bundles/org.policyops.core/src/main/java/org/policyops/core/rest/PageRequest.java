package org.policyops.core.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A page of a list endpoint: {@code limit} (1..500, default 50), {@code offset} (default 0) and {@code sort}, a
 * comma-separated list of fields, each optionally prefixed with {@code -} for descending order
 * ({@code sort=-targetQuarter,title}). Only fields the endpoint allows can be sorted on.
 */
public record PageRequest(int limit, int offset, List<Order> orders) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    /** The most sort keys one request may name. */
    public static final int MAX_SORT_KEYS = 5;

    /** One sort key: the name of the column or attribute to sort by, and the direction. */
    public record Order(String property, boolean ascending) {
    }

    /**
     * Reads the paging parameters of a request.
     *
     * @param sortable the fields a client may sort on, mapped to the attribute or column they sort by
     * @param defaultSort the sort used when none is given, in the same syntax as the parameter
     */
    public static PageRequest of(Integer limit, Integer offset, String sort, Map<String, String> sortable, String defaultSort) {
        Validator v = new Validator();
        int l = limit == null ? DEFAULT_LIMIT : limit;
        int o = offset == null ? 0 : offset;
        if (l < 1 || l > MAX_LIMIT) {
            v.reject("limit", "must be between 1 and " + MAX_LIMIT + " (was " + l + ")");
        }
        if (o < 0) {
            v.reject("offset", "must be 0 or more (was " + o + ")");
        }
        List<Order> orders = new ArrayList<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        String[] parts = spec.split(",");
        if (parts.length > MAX_SORT_KEYS) {
            v.reject("sort", "may name at most " + MAX_SORT_KEYS + " fields (named " + parts.length + ")");
            v.throwIfInvalid();
        }
        for (String part : parts) {
            String name = part.trim();
            boolean ascending = true;
            if (name.startsWith("-")) {
                ascending = false;
                name = name.substring(1);
            } else if (name.startsWith("+")) {
                name = name.substring(1);
            }
            if (name.isEmpty()) {
                continue;
            }
            String property = sortable.get(name);
            if (!named.add(name)) {
                v.reject("sort", "names '" + name + "' more than once");
            } else if (property == null) {
                v.reject("sort", "cannot sort by '" + name + "'; use one of " + String.join(", ", new java.util.TreeSet<>(sortable.keySet())));
            } else {
                orders.add(new Order(property, ascending));
            }
        }
        v.throwIfInvalid();
        return new PageRequest(l, o, List.copyOf(orders));
    }
}
