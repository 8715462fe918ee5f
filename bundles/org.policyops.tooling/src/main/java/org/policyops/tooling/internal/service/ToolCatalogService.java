package org.policyops.tooling.internal.service;

import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.LifecycleStage;
import org.policyops.api.tooling.ToolCatalog;
import org.policyops.api.tooling.ToolInfo;
import org.policyops.api.tooling.ToolKind;
import org.policyops.api.tooling.ToolStatus;
import org.policyops.tooling.internal.entity.ToolEntity;

/** The registry as the {@link ToolCatalog} service that consoles, reports and rules read. */
@Component(service = ToolCatalog.class)
public class ToolCatalogService implements ToolCatalog {

    private final JpaTemplate jpa;

    @Activate
    public ToolCatalogService(@Reference(target = ToolingUnit.TARGET) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public List<ToolInfo> tools(LifecycleStage stage) {
        return jpa.txExpr(TransactionType.Required, em -> (stage == null
                ? em.createQuery("select t from ToolEntity t order by t.id", ToolEntity.class)
                : em.createQuery("select t from ToolEntity t join t.stages s where s = :stage order by t.id", ToolEntity.class)
                        .setParameter("stage", stage.name()))
                .getResultList().stream().map(ToolCatalogService::info).toList());
    }

    @Override
    public Optional<ToolInfo> tool(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(ToolEntity.class, key.trim()))
                .map(ToolCatalogService::info));
    }

    static ToolInfo info(ToolEntity t) {
        return new ToolInfo(t.getKey(), t.getName(), ToolKind.valueOf(t.getKind()), t.getDescription(),
                t.getStages().stream().map(LifecycleStage::valueOf).toList(), t.getOwnerTeam(), ToolStatus.valueOf(t.getStatus()),
                t.getRegions(), t.getLocales(), t.getPolicies(), t.getDocsUrl(), t.getRunbookUrl(), t.getSupportChannel(),
                t.getDependsOn(), t.getProvidedBy(), t.getProviderGoneAt() != null);
    }
}
