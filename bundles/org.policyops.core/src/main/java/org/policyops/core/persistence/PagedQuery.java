package org.policyops.core.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaQuery;
import javax.persistence.criteria.Order;
import javax.persistence.criteria.Path;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;

import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;

/**
 * Runs a filtered list query as two statements in the database: a {@code count(*)} for the total and a
 * {@code limit/offset} select for the page. Filters are written once, as a function from the root to predicates.
 */
public final class PagedQuery {

    private PagedQuery() {
    }

    /** WHERE predicates that need the query they are for, e.g. to build a subquery over a collection. */
    @FunctionalInterface
    public interface Filters<E> {
        List<Predicate> apply(CriteriaBuilder cb, CriteriaQuery<?> query, Root<E> root);
    }

    /**
     * @param filters builds the WHERE predicates; called once for the count and once for the select
     * @param <E> the entity type
     */
    public static <E> Page<E> find(EntityManager em, Class<E> type, PageRequest page,
            BiFunction<CriteriaBuilder, Root<E>, List<Predicate>> filters) {
        return find(em, type, page, (Filters<E>) (cb, query, root) -> filters.apply(cb, root));
    }

    /**
     * As {@link #find(EntityManager, Class, PageRequest, BiFunction)}, the filters also given the query (for
     * subqueries, e.g. "has a cutover before today" over an element collection, which a join would count twice).
     */
    public static <E> Page<E> find(EntityManager em, Class<E> type, PageRequest page, Filters<E> filters) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<E> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(filters.apply(cb, count, countRoot).toArray(Predicate[]::new));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<E> select = cb.createQuery(type);
        Root<E> root = select.from(type);
        select.select(root).where(filters.apply(cb, select, root).toArray(Predicate[]::new));
        List<Order> orders = new ArrayList<>();
        for (PageRequest.Order o : page.orders()) {
            Path<?> path = path(root, o.property());
            orders.add(o.ascending() ? cb.asc(path) : cb.desc(path));
        }
        // A unique last key keeps pages stable when sort keys tie.
        orders.add(cb.asc(root.get("id")));
        select.orderBy(orders);
        TypedQuery<E> q = em.createQuery(select).setFirstResult(page.offset()).setMaxResults(page.limit());
        return new Page<>(q.getResultList(), total, page.limit(), page.offset());
    }

    private static Path<?> path(Root<?> root, String dotted) {
        Path<?> path = root;
        for (String part : dotted.split("\\.")) {
            path = path.get(part);
        }
        return path;
    }

    /** Sortable fields that map one-to-one onto entity attributes of the same names. */
    public static Map<String, String> sameNames(String... names) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String n : names) {
            m.put(n, n);
        }
        return m;
    }
}
