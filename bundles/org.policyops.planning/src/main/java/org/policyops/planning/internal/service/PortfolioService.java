package org.policyops.planning.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaQuery;
import javax.persistence.criteria.Join;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.policyops.api.planning.scoring.InitiativeFacts;
import org.policyops.api.planning.scoring.ScoringModel;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.RiskLevel;
import org.policyops.planning.internal.dto.PortfolioEntry;
import org.policyops.planning.internal.entity.InitiativeEntity;
import org.policyops.planning.internal.portfolio.PortfolioConfig;
import org.policyops.planning.internal.portfolio.PortfolioSettings;
import org.policyops.planning.internal.portfolio.Ranking;
import org.policyops.planning.internal.portfolio.RiceModel;
import org.policyops.planning.internal.portfolio.RiskWeightedModel;
import org.policyops.planning.internal.portfolio.WsjfModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ranks the planning portfolio with a scoring model: the built-in RICE, WSJF and risk-weighted models, or any
 * {@link ScoringModel} service a plug-in registers. Every initiative that matches the filters must be scored to
 * rank any page, so the request reads just the columns scoring needs (no entities) in one transaction — one query
 * for the scalar columns and one for each collection (regions, lines of business), however many initiatives match —
 * and ranks in memory in O(n log n). The model runs after the transaction, so a slow plug-in holds no connection.
 */
@Component(service = PortfolioService.class, configurationPid = PortfolioService.PID)
@Designate(ocd = PortfolioConfig.class)
public class PortfolioService {

    /** The configuration, etc/org.policyops.planning.portfolio.cfg. */
    public static final String PID = "org.policyops.planning.portfolio";

    private static final Logger LOG = LoggerFactory.getLogger(PortfolioService.class);
    private static final Pattern MODEL_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /** A model as listed: its id and texts read once, when it arrived. */
    public record Model(String id, String title, String description, boolean builtIn, ScoringModel model) {
    }

    /** The models and the default in force; replaced as a whole when the configuration changes. */
    private record Built(PortfolioSettings settings, Map<String, Model> models) {
    }

    private final JpaTemplate jpa;
    private final Clock clock;
    private final List<Model> plugins = new CopyOnWriteArrayList<>();
    private volatile Built built;

    @Activate
    public PortfolioService(@Reference(target = PlanningUnit.TARGET) JpaTemplate jpa, PortfolioConfig config) {
        this(jpa, Clock.systemUTC(), PortfolioSettings.of(config));
    }

    /** Outside OSGi (tests): the given clock decides "today" for deadlines. */
    public PortfolioService(JpaTemplate jpa, Clock clock, PortfolioSettings settings) {
        this.jpa = jpa;
        this.clock = clock;
        apply(settings);
    }

    /** A changed configuration applies to the next request; an invalid one is refused and the last valid one kept. */
    @Modified
    void modified(PortfolioConfig config) {
        try {
            apply(PortfolioSettings.of(config));
        } catch (IllegalArgumentException e) {
            LOG.error("Ignoring the new configuration of {}: {}. The previous one stays in force.", PID, e.getMessage());
        }
    }

    private void apply(PortfolioSettings settings) {
        Map<String, Model> models = new LinkedHashMap<>();
        for (ScoringModel m : List.of(new RiceModel(), new WsjfModel(), new RiskWeightedModel(settings, clock))) {
            models.put(m.id(), new Model(m.id(), m.title(), m.description(), true, m));
        }
        built = new Built(settings, Map.copyOf(models));
    }

    @Reference(service = ScoringModel.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addModel(ScoringModel model) {
        String id;
        Model m;
        try {
            id = model.id();
            m = new Model(id, model.title(), model.description(), false, model);
        } catch (RuntimeException e) {
            LOG.warn("Ignoring scoring model {}: it failed to tell its id, title or description.", model.getClass().getName(), e);
            return;
        }
        if (id == null || !MODEL_ID.matcher(id).matches()) {
            LOG.warn("Ignoring scoring model {}: its id '{}' is not lower case letters, digits and hyphens.", model.getClass().getName(), id);
        } else if (built.models().containsKey(id)) {
            LOG.warn("Ignoring scoring model {}: '{}' is a built-in model.", model.getClass().getName(), id);
        } else {
            plugins.add(m);
        }
    }

    void removeModel(ScoringModel model) {
        plugins.removeIf(m -> m.model() == model);
    }

    /** Built-in models first (RICE, WSJF, risk), then plug-ins by id; a second plug-in with a taken id is not listed. */
    public List<Model> models() {
        Map<String, Model> byId = new LinkedHashMap<>();
        Map<String, Model> builtIns = built.models();
        for (String id : List.of(RiceModel.ID, WsjfModel.ID, RiskWeightedModel.ID)) {
            byId.put(id, builtIns.get(id));
        }
        plugins.stream().sorted(Comparator.comparing(Model::id)).forEach(m -> byId.putIfAbsent(m.id(), m));
        return List.copyOf(byId.values());
    }

    public String defaultModel() {
        return built.settings().defaultModel();
    }

    /** The model of that id (null: the default), or 400 on {@code model} naming the available ones. */
    public Model model(String id) {
        boolean named = id != null && !id.isBlank();
        String wanted = named ? id.trim().toLowerCase(Locale.ROOT) : defaultModel();
        List<Model> models = models();
        for (Model m : models) {
            if (m.id().equals(wanted)) {
                return m;
            }
        }
        String available = String.join(", ", models.stream().map(Model::id).toList());
        throw ProblemException.badRequest("model", named
                ? "'" + id + "' is not a scoring model: use one of " + available
                : "the configured default model '" + wanted + "' is not available: name one of " + available);
    }

    /** Ranks all initiatives that pass the filter and answers the requested page of the ranking. */
    public Page<PortfolioEntry> rank(Model model, InitiativeFilter filter, PageRequest page) {
        List<InitiativeFacts> facts = jpa.txExpr(TransactionType.Required, em -> facts(em, filter));
        Ranking.Result result = Ranking.rank(facts, model.model());
        if (result.failures() > 0) {
            LOG.warn("Scoring model '{}' failed on {} of {} initiatives; they are listed with an error. The first failure:",
                    model.id(), result.failures(), facts.size(), result.firstFailure());
        }
        List<Ranking.Entry> ranked = result.entries();
        List<PortfolioEntry> items = new ArrayList<>();
        int end = (int) Math.min(ranked.size(), (long) page.offset() + page.limit());
        for (int i = page.offset(); i < end; i++) {
            items.add(PortfolioEntry.of(i + 1, ranked.get(i)));
        }
        return new Page<>(items, ranked.size(), page.limit(), page.offset());
    }

    /** What scoring needs of every initiative that passes the filter: three queries, none per initiative. */
    static List<InitiativeFacts> facts(EntityManager em, InitiativeFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<InitiativeEntity> i = q.from(InitiativeEntity.class);
        q.multiselect(i.get("id"), i.get("title"), i.get("policyKey"), i.get("type"), i.get("riskLevel"),
                i.get("reach"), i.get("impact"), i.get("confidence"), i.get("effortWeeks"), i.get("targetQuarter"),
                i.get("status"), i.get("businessValue"), i.get("timeCriticality"), i.get("riskReduction"),
                i.get("regulatoryDeadline"));
        q.where(filter.predicates(cb, i).toArray(Predicate[]::new));
        List<Object[]> rows = em.createQuery(q).getResultList();
        Map<Long, List<String>> regions = values(em, filter, "regions");
        Map<Long, List<String>> lobs = values(em, filter, "linesOfBusiness");
        List<InitiativeFacts> facts = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Long id = (Long) r[0];
            facts.add(new InitiativeFacts(id, (String) r[1], (String) r[2], ((InitiativeType) r[3]).name(),
                    regions.getOrDefault(id, List.of()), lobs.getOrDefault(id, List.of()), ((RiskLevel) r[4]).name(),
                    (Long) r[5], (Double) r[6], (Double) r[7], (Double) r[8], (String) r[9],
                    ((InitiativeStatus) r[10]).name(), asLong(r[11]), asLong(r[12]), asLong(r[13]), (LocalDate) r[14]));
        }
        return facts;
    }

    /** One element collection of every initiative that passes the filter, in one query. */
    private static Map<Long, List<String>> values(EntityManager em, InitiativeFilter filter, String collection) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<InitiativeEntity> i = q.from(InitiativeEntity.class);
        Join<InitiativeEntity, String> v = i.join(collection);
        q.multiselect(i.get("id"), v).where(filter.predicates(cb, i).toArray(Predicate[]::new)).orderBy(cb.asc(v));
        Map<Long, List<String>> byId = new HashMap<>();
        for (Object[] row : em.createQuery(q).getResultList()) {
            byId.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return byId;
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
