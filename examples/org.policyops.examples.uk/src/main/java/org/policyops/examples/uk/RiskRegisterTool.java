package org.policyops.examples.uk;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.policyops.api.LifecycleStage;
import org.policyops.api.tooling.ToolDescriptor;
import org.policyops.api.tooling.ToolInfo;
import org.policyops.api.tooling.ToolKind;
import org.policyops.api.tooling.ToolStatus;

/**
 * The tool this pack brings to the tooling registry: the register where UK illegal-content risk assessments are
 * recorded, which {@link RiskAssessmentRule} reads as launch evidence. It appears in the registry as provided by this
 * plugin while the pack is installed.
 */
@Component(service = ToolDescriptor.class)
public class RiskRegisterTool implements ToolDescriptor {

    static final String KEY = "uk-osa-risk-register";

    @Override
    public ToolInfo tool() {
        return new ToolInfo(KEY, "UK OSA risk-assessment register", ToolKind.INTEGRATION,
                "Records illegal-content risk assessments (Online Safety Act 2023, s. 9) per policy and version, and "
                        + "passes them to launches as evidence.",
                List.of(LifecycleStage.DEVELOPMENT, LifecycleStage.DEPLOYMENT), "Policy EMEA", ToolStatus.PRODUCTION,
                List.of("UK"), List.of("en-GB"), List.of(), "https://www.legislation.gov.uk/ukpga/2023/50/section/9", null,
                "#policy-emea-uk", List.of(), null, false);
    }
}
