package org.policyops.plugins.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class DiagnosisTest {

    private static final String PKG = "osgi.wiring.package";

    private static Diagnosis.Offer export(String pkg, String version) {
        return new Diagnosis.Offer(PKG, Map.of(PKG, pkg, "version", Version.parseVersion(version)));
    }

    private static Diagnosis.Need imports(String pkg, String low, String high, Map<String, String> directives) {
        String filter = "(&(osgi.wiring.package=" + pkg + ")(version>=" + low + ")(!(version>=" + high + ")))";
        return new Diagnosis.Need(PKG, filter, directives);
    }

    @Test
    void anApiImportOfANewerMajorSaysWhatToRebuildAgainst() {
        List<String> unmet = Diagnosis.unmet(List.of(imports("org.policyops.api.compliance", "2.0.0", "3.0.0", Map.of())),
                List.of(export("org.policyops.api.compliance", "1.0.0")));
        assertEquals(List.of("built for PolicyOps compliance API [2.0.0,3.0.0) but this platform provides 1.0.0: rebuild the plugin against 1.x"), unmet);
    }

    @Test
    void metOptionalAndRuntimeOnlyRequirementsAreNotReported() {
        List<String> unmet = Diagnosis.unmet(List.of(
                imports("org.policyops.api.compliance", "1.0.0", "2.0.0", Map.of()),
                imports("com.example.absent", "1.0.0", "2.0.0", Map.of("resolution", "optional")),
                new Diagnosis.Need("osgi.service", "(objectClass=com.example.Absent)", Map.of("effective", "active"))),
                List.of(export("org.policyops.api.compliance", "1.0.0")));
        assertTrue(unmet.isEmpty(), unmet.toString());
    }

    @Test
    void aPackageNobodyExportsIsNamed() {
        List<String> unmet = Diagnosis.unmet(List.of(imports("com.example.lib", "1.2.0", "2.0.0", Map.of())), List.of());
        assertEquals(1, unmet.size());
        assertTrue(unmet.get(0).startsWith("needs package com.example.lib [1.2.0,2.0.0), which nothing installed exports"), unmet.get(0));
    }

    @Test
    void aWrongVersionOfAnotherPackageListsWhatIsThere() {
        List<String> unmet = Diagnosis.unmet(List.of(imports("com.example.lib", "2.0.0", "3.0.0", Map.of())),
                List.of(export("com.example.lib", "1.4.0"), export("com.example.lib", "1.5.0")));
        assertEquals(List.of("needs package com.example.lib [2.0.0,3.0.0) but the platform exports only 1.4.0, 1.5.0"), unmet);
    }

    @Test
    void otherNamespacesAreCheckedByTheirFilter() {
        Diagnosis.Need java21 = new Diagnosis.Need("osgi.ee", "(&(osgi.ee=JavaSE)(version=21))", Map.of());
        List<String> unmet = Diagnosis.unmet(List.of(java21),
                List.of(new Diagnosis.Offer("osgi.ee", Map.of("osgi.ee", "JavaSE", "version", List.of(Version.parseVersion("17"))))));
        assertEquals(List.of("needs osgi.ee (&(osgi.ee=JavaSE)(version=21)), which nothing installed provides"), unmet);
    }

    @Test
    void rangesReadBackAsInAManifest() {
        assertEquals("[1.0.0,2.0.0)", Diagnosis.range("(&(osgi.wiring.package=a)(version>=1.0.0)(!(version>=2.0.0)))"));
        assertEquals("1.2.0", Diagnosis.range("(&(osgi.wiring.package=a)(version>=1.2.0))"));
        assertEquals("(any version)", Diagnosis.range("(osgi.wiring.package=a)"));
    }
}
