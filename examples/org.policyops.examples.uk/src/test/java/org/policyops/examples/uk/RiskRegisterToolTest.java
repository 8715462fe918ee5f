package org.policyops.examples.uk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyops.api.tooling.ToolInfo;
import org.policyops.api.tooling.ToolKind;

class RiskRegisterToolTest {

    @Test
    void describesAUkIntegrationForTheRegistry() {
        ToolInfo t = new RiskRegisterTool().tool();
        assertEquals(RiskRegisterTool.KEY, t.key());
        assertEquals(ToolKind.INTEGRATION, t.kind());
        assertEquals(List.of("UK"), t.regions());
        assertEquals(2, t.stages().size());
    }
}
