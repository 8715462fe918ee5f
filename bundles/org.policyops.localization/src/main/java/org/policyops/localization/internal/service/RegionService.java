package org.policyops.localization.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.core.persistence.PagedQuery;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.ETags;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.localization.internal.dto.LocaleRequest;
import org.policyops.localization.internal.dto.LocaleView;
import org.policyops.localization.internal.dto.RegionRequest;
import org.policyops.localization.internal.dto.RegionView;
import org.policyops.core.rest.Tagged;
import org.policyops.localization.internal.entity.LocaleEntity;
import org.policyops.localization.internal.entity.RegionEntity;

/**
 * Regions and locales: the reference data shipped with the feature, which administrators extend. A region's
 * members and required locales must name regions and locales that exist, so that readiness never asks for a locale
 * nobody can translate into.
 */
@Component(service = RegionService.class)
public class RegionService {

    public static final Map<String, String> SORTABLE = Map.of("code", "id", "name", "name", "kind", "kind");
    public static final String DEFAULT_SORT = "code";
    public static final Map<String, String> LOCALE_SORTABLE = Map.of("tag", "id", "name", "name");
    public static final String LOCALE_DEFAULT_SORT = "tag";

    private final JpaTemplate jpa;

    @Activate
    public RegionService(@Reference(target = LocalizationUnit.TARGET) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** @param kind COUNTRY, GROUP or null for both */
    public Page<RegionView> list(String kind, PageRequest page) {
        String k = kind == null ? null : kind.trim().toUpperCase(java.util.Locale.ROOT);
        if (k != null && !k.equals("COUNTRY") && !k.equals("GROUP")) {
            throw ProblemException.badRequest("kind", "must be COUNTRY or GROUP (was '" + kind + "')");
        }
        return jpa.txExpr(TransactionType.Required, em -> PagedQuery.find(em, RegionEntity.class, page,
                (cb, root) -> k == null ? List.of() : List.of(cb.equal(root.get("kind"), k))).map(RegionView::of));
    }

    public Tagged<RegionView> get(String code) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(find(em, code)));
    }

    public Tagged<RegionView> create(RegionRequest request) {
        RegionRequest.Content c = request.validate(null);
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(RegionEntity.class, c.code()) != null) {
                throw ProblemException.conflict("Region " + c.code() + " exists already; PUT /api/localization/regions/"
                        + c.code() + " changes it.");
            }
            requireKnown(em, c);
            RegionEntity region = new RegionEntity(c.code());
            region.apply(c.name(), c.kind(), c.members(), c.requiredLocales());
            region.applyWeek(c.zone(), c.workingDays());
            em.persist(region);
            em.flush();
            return tagged(region);
        });
    }

    public Tagged<RegionView> update(String code, String ifMatch, RegionRequest request) {
        RegionRequest.Content c = request.validate(code);
        return jpa.txExpr(TransactionType.Required, em -> {
            RegionEntity region = find(em, code);
            ETags.checkIfMatch(ifMatch, region.getVersion());
            requireKnown(em, c);
            region.apply(c.name(), c.kind(), c.members(), c.requiredLocales());
            region.applyWeek(c.zone(), c.workingDays());
            PersistenceSupport.flush(em, ifMatch);
            return tagged(region);
        });
    }

    public Page<LocaleView> listLocales(PageRequest page) {
        return jpa.txExpr(TransactionType.Required, em -> PagedQuery.find(em, LocaleEntity.class, page,
                (cb, root) -> List.of()).map(l -> new LocaleView(l.getTag(), l.getName())));
    }

    public LocaleView createLocale(LocaleRequest request) {
        LocaleView l = request.validate();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(LocaleEntity.class, l.tag()) != null) {
                throw ProblemException.conflict("Locale " + l.tag() + " exists already.");
            }
            em.persist(new LocaleEntity(l.tag(), l.name()));
            em.flush();
            return l;
        });
    }

    /** Members must be known regions and required locales known locales (400 naming each unknown one). */
    private static void requireKnown(EntityManager em, RegionRequest.Content c) {
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < c.members().size(); i++) {
            if (em.find(RegionEntity.class, c.members().get(i)) == null) {
                errors.add("members[" + i + "]|no region " + c.members().get(i) + "; create it first");
            }
        }
        for (int i = 0; i < c.requiredLocales().size(); i++) {
            if (em.find(LocaleEntity.class, c.requiredLocales().get(i)) == null) {
                errors.add("requiredLocales[" + i + "]|no locale " + c.requiredLocales().get(i)
                        + "; add it with POST /api/localization/locales first");
            }
        }
        if (!errors.isEmpty()) {
            org.policyops.core.rest.Validator v = new org.policyops.core.rest.Validator();
            for (String e : errors) {
                int bar = e.indexOf('|');
                v.reject(e.substring(0, bar), e.substring(bar + 1));
            }
            v.throwIfInvalid();
        }
    }

    static RegionEntity find(EntityManager em, String code) {
        RegionEntity region = em.find(RegionEntity.class, code.toUpperCase(java.util.Locale.ROOT));
        if (region == null) {
            throw ProblemException.notFound("region", code);
        }
        return region;
    }

    private static Tagged<RegionView> tagged(RegionEntity r) {
        return new Tagged<>(RegionView.of(r), r.getVersion());
    }
}
