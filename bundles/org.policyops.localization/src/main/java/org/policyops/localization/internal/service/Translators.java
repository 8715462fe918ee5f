package org.policyops.localization.internal.service;

import java.util.List;

import javax.persistence.EntityManager;
import javax.ws.rs.core.SecurityContext;

import org.policyops.api.RegionCode;
import org.policyops.core.rest.PolicyOpsPrincipal;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;

/**
 * Who may write a locale's translations: {@code localization} and {@code admin} every locale; a regional lead only
 * locales that one of its regions requires (a lead for EU writes the 24 official EU languages, not Japanese).
 */
final class Translators {

    private Translators() {
    }

    static void requireLocale(EntityManager em, SecurityContext caller, String locale) {
        if (caller == null || !(caller.getUserPrincipal() instanceof PolicyOpsPrincipal p) || !p.isRegionScoped(Roles.LOCALIZATION)) {
            return;
        }
        List<String> regions = p.regions().stream().map(RegionCode::value).toList();
        if (regions.isEmpty() || em.createQuery("select count(r) from RegionEntity r join r.requiredLocales l "
                + "where l = :locale and r.id in :regions", Long.class)
                .setParameter("locale", locale).setParameter("regions", regions).getSingleResult() == 0) {
            throw ProblemException.forbidden("As a regional lead for " + regions + " you may only write translations into "
                    + "locales your regions require; none of them requires " + locale + ". Ask a user with the "
                    + Roles.LOCALIZATION + " role.");
        }
    }
}
