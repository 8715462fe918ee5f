package org.policyops.examples.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policyops.api.compliance.DomainEvent;

class JsonTest {

    @Test
    void writesTopicAndPropertiesInNameOrderWithTypes() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("region", "EU");
        p.put("launchId", 42L);
        p.put("blocking", true);
        p.put("share", 0.5);
        p.put("nan", Double.NaN);
        assertEquals("{\"topic\":\"org/policyops/launches/CREATED\",\"properties\":{\"blocking\":true,\"launchId\":42,"
                + "\"nan\":null,\"region\":\"EU\",\"share\":0.5}}", Json.event(new DomainEvent("org/policyops/launches/CREATED", p)));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        StringBuilder out = new StringBuilder();
        Json.string(out, "say \"hi\"\\ \n\t\r\b\f \u0001 \u2028 é €");
        assertEquals("\"say \\\"hi\\\"\\\\ \\n\\t\\r\\b\\f \\u0001 \\u2028 é €\"", out.toString());
    }
}
