package org.policyops.tooling.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.tooling.ToolStatus;
import org.policyops.core.events.EventPoster;
import org.policyops.core.events.Notice;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.Access;
import org.policyops.core.rest.FieldError;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.tooling.internal.backstage.CatalogInfo;
import org.policyops.tooling.internal.domain.DependencyGraph;
import org.policyops.tooling.internal.dto.ImportReport;
import org.policyops.tooling.internal.dto.ToolRequest;
import org.policyops.tooling.internal.dto.ToolView;
import org.policyops.tooling.internal.entity.ToolEntity;
import org.policyops.tooling.internal.service.ToolingNotices.Change;

/**
 * Imports and exports the registry as Backstage {@code catalog-info.yaml}. An import is one transaction: every
 * document is checked first (a bad one is a 400 naming the document, the line and the field), then all tools are
 * created or updated, and a dependency cycle or a forbidden status move anywhere leaves nothing written.
 */
@Component(service = BackstageService.class)
public class BackstageService {

    private final JpaTemplate jpa;
    private final EventPoster events;
    private final Clock clock;

    @Activate
    public BackstageService(@Reference(target = ToolingUnit.TARGET) JpaTemplate jpa, @Reference EventPoster events) {
        this(jpa, events, Clock.systemUTC());
    }

    public BackstageService(JpaTemplate jpa, EventPoster events, Clock clock) {
        this.jpa = jpa;
        this.events = events;
        this.clock = clock;
    }

    public String export() {
        return CatalogInfo.write(jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select t from ToolEntity t order by t.id", ToolEntity.class).getResultList().stream().map(ToolView::of).toList()));
    }

    private record Checked(CatalogInfo.Entry entry, ToolRequest.Valid tool) {
    }

    public ImportReport importYaml(String text, SecurityContext caller) {
        CatalogInfo.Read read = CatalogInfo.read(text);
        List<Checked> checked = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (CatalogInfo.Entry e : read.tools()) {
            try {
                ToolRequest.Valid v = e.request().validate(null);
                if (!keys.add(v.key())) {
                    errors.addAll(CatalogInfo.invalid(e, List.of(new FieldError("key", "'" + v.key()
                            + "' is named by an earlier document too"))).errors());
                }
                checked.add(new Checked(e, v));
            } catch (ProblemException p) {
                errors.addAll(CatalogInfo.invalid(e, p.errors()).errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid request", errors.size() == 1 ? errors.get(0).field() + ": "
                    + errors.get(0).message() : errors.size() + " fields of the catalog are invalid; see errors.", errors);
        }
        if (checked.isEmpty()) {
            throw ProblemException.badRequest("body", "holds no Component or Resource to import"
                    + (read.skipped().isEmpty() ? "" : " (passed over: " + read.skipped() + ")"));
        }
        String user = Access.userName(caller);
        Instant now = PersistenceSupport.now(clock);
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        jpa.txExpr(TransactionType.Required, em -> {
            for (Checked c : checked) {
                String where = c.entry().where() + ", tool " + c.tool().key() + ": ";
                ToolEntity t = em.find(ToolEntity.class, c.tool().key());
                try {
                    Access.requireRegions(caller, Roles.TOOLING, c.tool().content().regions());
                    Tools.requireKnown(em, c.tool().content().dependsOn(), keys);
                    if (t == null) {
                        String status = c.tool().status() == null ? ToolStatus.PROPOSED.name() : c.tool().status();
                        t = new ToolEntity(c.tool().key(), status, now.toEpochMilli());
                        t.apply(c.tool().content());
                        em.persist(t);
                        Tools.register(em, t, user, "imported from catalog-info.yaml");
                        created.add(t.getKey());
                        notices.add(ToolingNotices.toolChanged(t.getKey(), Change.CREATED, user, now));
                        continue;
                    }
                    Access.requireRegions(caller, Roles.TOOLING, t.getRegions());
                    boolean move = c.tool().status() != null && !c.tool().status().equals(t.getStatus());
                    if (!move && t.content().equals(c.tool().content())) {
                        unchanged.add(t.getKey());
                        continue;
                    }
                    Tools.requireEditable(t);
                    if (move) {
                        String previous = t.getStatus();
                        Tools.move(em, t, c.tool().status(), now, now, user, "imported from catalog-info.yaml");
                        notices.add(ToolingNotices.statusChanged(t.getKey(), t.getStatus(), previous, user, now));
                    }
                    t.apply(c.tool().content());
                    updated.add(t.getKey());
                    notices.add(ToolingNotices.toolChanged(t.getKey(), Change.UPDATED, user, now));
                } catch (ProblemException p) {
                    List<FieldError> named = p.errors().isEmpty() ? p.errors()
                            : CatalogInfo.invalid(c.entry(), p.errors()).errors();
                    throw new ProblemException(p.status(), p.title(), where + p.detail(), named);
                }
            }
            em.flush();
            Tools.requireNoCycle(new DependencyGraph(Tools.edges(em)), keys);
            return null;
        });
        events.postAll(notices);
        return new ImportReport(created, updated, unchanged, read.skipped());
    }
}
