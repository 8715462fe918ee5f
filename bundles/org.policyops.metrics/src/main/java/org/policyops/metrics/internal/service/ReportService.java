package org.policyops.metrics.internal.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.criteria.Predicate;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.policyops.api.launches.ComplianceRuntime;
import org.policyops.api.localization.LocalizationCatalog;
import org.policyops.api.metrics.KpiScorecard;
import org.policyops.api.metrics.MetricsEvents;
import org.policyops.api.tooling.ToolAdoption;
import org.policyops.api.tooling.ToolCatalog;
import org.policyops.api.training.TrainingQuery;
import org.policyops.core.events.EventPoster;
import org.policyops.core.persistence.OnceLoader;
import org.policyops.core.persistence.PagedQuery;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Validator;
import org.policyops.metrics.internal.domain.ReportPeriod;
import org.policyops.metrics.internal.dto.ReportRequest;
import org.policyops.metrics.internal.dto.ReportView;
import org.policyops.metrics.internal.entity.ReportEntity;
import org.policyops.metrics.internal.entity.ReportFileEntity;
import org.policyops.metrics.internal.entity.SettingEntity;
import org.policyops.metrics.internal.report.ExecutiveReport;
import org.policyops.metrics.internal.report.ReportBuilder;
import org.policyops.metrics.internal.report.ReportHtml;
import org.policyops.metrics.internal.report.ReportPdf;

/**
 * Executive reports: written on demand or by the schedule, archived with their HTML and PDF, and announced with a
 * {@link MetricsEvents#REPORT_PUBLISHED} event after the archive row commits. A scheduled report is written once per
 * database: its marker row ({@link SettingEntity#reportMade}) goes in with it through core's once-per-database loader,
 * so a second node writing the same period at the same moment fails on the marker's key and archives nothing.
 */
@Component(service = ReportService.class)
public class ReportService {

    public static final String ON_DEMAND = "ON_DEMAND";
    public static final String SCHEDULED = "SCHEDULED";

    public static final Map<String, String> SORTABLE = PagedQuery.sameNames("generatedAt", "kind", "period", "id");
    public static final String DEFAULT_SORT = "-generatedAt";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TrainingQuery training;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ComplianceRuntime launches;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile LocalizationCatalog localization;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ToolAdoption adoption;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ToolCatalog tools;

    private final JpaTemplate jpa;
    private final ReportBuilder builder;
    private final OnceLoader once;
    private final EventPoster events;
    private final Clock clock;
    private final Supplier<ReportBuilder.Domains> domains;

    @Activate
    public ReportService(@Reference(target = MetricsUnit.TARGET) JpaTemplate jpa, @Reference ScorecardService scorecard,
            @Reference SeriesService series, @Reference SnapshotService snapshots, @Reference EventPoster events) {
        this.jpa = jpa;
        this.builder = new ReportBuilder(scorecard, series::overall);
        this.once = snapshots.loader();
        this.events = events;
        this.clock = Clock.systemUTC();
        this.domains = () -> new ReportBuilder.Domains(training, launches, localization, adoption, tools);
    }

    /** Outside OSGi (tests, benchmarks): the domains' services come from the supplier. */
    public ReportService(JpaTemplate jpa, KpiScorecard scorecard, ReportBuilder.Trends trends, OnceLoader once,
            EventPoster events, Clock clock, Supplier<ReportBuilder.Domains> domains) {
        this.jpa = jpa;
        this.builder = new ReportBuilder(scorecard, trends);
        this.once = once;
        this.events = events;
        this.clock = clock;
        this.domains = domains;
    }

    /** A report's content and documents, before they are archived. */
    public record Rendered(ExecutiveReport report, String html, byte[] pdf, long millis) {
    }

    /** Gathers and writes a period's report without archiving it. */
    public Rendered render(ReportPeriod period) {
        long start = System.nanoTime();
        Instant now = clock.instant();
        ExecutiveReport r = builder.build(period, domains.get(), now, LocalDate.ofInstant(now, ZoneOffset.UTC));
        String html = ReportHtml.write(r);
        byte[] pdf = ReportPdf.write(html, period.kind() + " " + period.name());
        return new Rendered(r, html, pdf, (System.nanoTime() - start) / 1_000_000);
    }

    /** {@code POST /api/metrics/reports}: writes and archives a report now. */
    public ReportView generate(ReportRequest request, String by) {
        ReportPeriod period = period(request);
        Rendered rendered = render(period);
        return jpa.txExpr(TransactionType.Required, em -> store(em, rendered, ON_DEMAND, by));
    }

    /**
     * Writes and archives a period's scheduled report unless this database has it.
     *
     * @return the archived report; empty when it was written before, here or by another node
     */
    public Optional<ReportView> scheduled(ReportPeriod period) {
        String marker = SettingEntity.reportMade(period.kind().name(), period.name());
        if (once.wasLoaded(marker)) {
            return Optional.empty();
        }
        Rendered rendered = render(period);
        List<ReportView> stored = new ArrayList<>(1);
        try {
            Optional<String> done = once.loadOnce(new OnceLoader.Step(marker, "the " + period.kind().name().toLowerCase(
                    java.util.Locale.ROOT) + " report of " + period.name(), (em, now) -> {
                        ReportView v = store(em, rendered, SCHEDULED, null);
                        stored.add(v);
                        return "report " + v.id() + " (" + v.pdfBytes() + " bytes of PDF)";
                    }));
            return done.isPresent() && !stored.isEmpty() ? Optional.of(stored.get(0)) : Optional.empty();
        } catch (RuntimeException e) {
            if (once.wasLoaded(marker)) {
                return Optional.empty(); // another node wrote it at the same moment
            }
            throw e;
        }
    }

    private ReportView store(EntityManager em, Rendered rendered, String trigger, String by) {
        ExecutiveReport r = rendered.report();
        byte[] html = rendered.html().getBytes(StandardCharsets.UTF_8);
        ReportEntity e = new ReportEntity(r.period().kind().name(), r.period().name(), r.period().from(), r.period().to(),
                r.asOf(), r.generatedAt().toEpochMilli(), trigger, by, html.length, rendered.pdf().length, rendered.millis());
        em.persist(e);
        em.flush();
        em.persist(new ReportFileEntity(e.getId(), html, rendered.pdf()));
        em.flush();
        ReportView v = ReportView.of(e);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(MetricsEvents.PROP_REPORT_ID, v.id());
        p.put(MetricsEvents.PROP_KIND, v.kind());
        p.put(MetricsEvents.PROP_PERIOD, v.period());
        p.put(MetricsEvents.PROP_TRIGGER, trigger);
        p.put(MetricsEvents.PROP_HTML_PATH, v.html());
        p.put(MetricsEvents.PROP_PDF_PATH, v.pdf());
        p.put(MetricsEvents.PROP_AT, v.generatedAt().toString());
        events.post(MetricsEvents.REPORT_PUBLISHED, p); // goes out once this transaction commits
        return v;
    }

    /** The period a request names, or the last complete one of its kind. */
    ReportPeriod period(ReportRequest request) {
        Validator v = new Validator();
        ReportPeriod.Kind kind = v.parse("kind", v.require("kind", request.kind()), ReportPeriod.Kind::parse);
        v.throwIfInvalid();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        ReportPeriod period = request.period() == null || request.period().isBlank()
                ? ReportPeriod.lastCompleteBefore(kind, today)
                : v.parse("period", request.period(), t -> ReportPeriod.parse(kind, t));
        if (period != null && period.from().isAfter(today)) {
            v.reject("period", "has not begun yet (it starts on " + period.from() + ")");
        }
        v.throwIfInvalid();
        return period;
    }

    /** The archive, newest first by default; {@code kind} keeps one kind (null: both). */
    public Page<ReportView> list(String kind, PageRequest page) {
        Validator v = new Validator();
        ReportPeriod.Kind k = kind == null ? null : v.parse("kind", kind, ReportPeriod.Kind::parse);
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> PagedQuery.find(em, ReportEntity.class, page, (cb, root) -> {
            List<Predicate> p = new ArrayList<>();
            if (k != null) {
                p.add(cb.equal(root.get("kind"), k.name()));
            }
            return p;
        }).map(ReportView::of));
    }

    public ReportView get(long id) {
        return jpa.txExpr(TransactionType.Required, em -> ReportView.of(find(em, id)));
    }

    /** The report's HTML (UTF-8). */
    public byte[] html(long id) {
        return jpa.txExpr(TransactionType.Required, em -> file(em, id).getHtml());
    }

    public byte[] pdf(long id) {
        return jpa.txExpr(TransactionType.Required, em -> file(em, id).getPdf());
    }

    private static ReportEntity find(EntityManager em, long id) {
        ReportEntity e = em.find(ReportEntity.class, id);
        if (e == null) {
            throw ProblemException.notFound("report", id);
        }
        return e;
    }

    private static ReportFileEntity file(EntityManager em, long id) {
        ReportFileEntity f = em.find(ReportFileEntity.class, id);
        if (f == null) {
            throw ProblemException.notFound("report", id);
        }
        return f;
    }
}
