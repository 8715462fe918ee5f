package org.policyops.core.rest;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the total number of items across all pages. */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, limit, offset);
    }
}
