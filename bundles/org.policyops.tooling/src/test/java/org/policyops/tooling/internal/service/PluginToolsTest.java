package org.policyops.tooling.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;
import org.policyops.api.LifecycleStage;
import org.policyops.api.tooling.ToolDescriptor;
import org.policyops.api.tooling.ToolInfo;
import org.policyops.api.tooling.ToolKind;
import org.policyops.core.events.EventPosters;
import org.policyops.core.rest.ProblemException;
import org.policyops.testing.LocalJpa;
import org.policyops.tooling.internal.dto.StatusRequest;
import org.policyops.tooling.internal.dto.ToolPatchRequest;
import org.policyops.tooling.internal.dto.ToolView;

/** Tools that plugins contribute: provided while installed, read-only, marked gone when removed. */
class PluginToolsTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final ToolDescriptor REGISTER = () -> ToolInfo.of("uk-risk-register", "UK risk register", ToolKind.INTEGRATION,
            "Policy EMEA", List.of(LifecycleStage.DEVELOPMENT));

    LocalJpa jpa;
    ToolService tools;
    PluginTools plugins;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(ToolingUnit.NAME);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        tools = new ToolService(jpa, EventPosters.none(), clock);
        plugins = new PluginTools(jpa, EventPosters.none(), clock);
        plugins.activate();
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        plugins.deactivate();
        jpa.close();
    }

    void settle() throws Exception {
        plugins.idle().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aPluginToolIsProvidedReadOnlyAndMarkedGoneWhenThePluginGoes() throws Exception {
        ServiceReference<?> ref = mock(ServiceReference.class);
        plugins.add(ref, "UK compliance pack", REGISTER);
        settle();
        ToolView t = tools.get("uk-risk-register").body();
        assertEquals("UK compliance pack", t.providedBy());
        assertFalse(t.gone());
        assertEquals("PRODUCTION", t.status());

        ToolPatchRequest rename = new ToolPatchRequest("Renamed", null, null, null, null, null, null, null, null, null);
        ProblemException locked = assertThrows(ProblemException.class, () -> tools.patch("uk-risk-register", "*", rename,
                ToolServiceTest.TOOLSMITH));
        assertEquals(409, locked.status());
        assertTrue(locked.detail().contains("UK compliance pack"), locked.detail());
        assertEquals(409, assertThrows(ProblemException.class, () -> tools.changeStatus("uk-risk-register", null,
                new StatusRequest("DEPRECATED", null, null), ToolServiceTest.TOOLSMITH)).status());
        assertEquals(409, assertThrows(ProblemException.class, () -> tools.delete("uk-risk-register", "*",
                ToolServiceTest.TOOLSMITH)).status());

        plugins.remove(ref);
        settle();
        ToolView gone = tools.get("uk-risk-register").body();
        assertTrue(gone.gone());
        assertEquals(NOW, gone.goneAt());
        assertEquals("Renamed", tools.patch("uk-risk-register", "*", rename, ToolServiceTest.TOOLSMITH).body().name());

        // Installed again, the plugin takes its tool back.
        plugins.add(ref, "UK compliance pack", REGISTER);
        settle();
        ToolView back = tools.get("uk-risk-register").body();
        assertFalse(back.gone());
        assertNull(back.goneAt());
        assertEquals("UK risk register", back.name());
    }

    @Test
    void aPluginCannotTakeOverAToolEnteredInTheRegistryNorAnInvalidOne() throws Exception {
        tools.create(ToolServiceTest.tool("uk-risk-register", List.of(), List.of()), ToolServiceTest.TOOLSMITH);
        plugins.add(mock(ServiceReference.class), "UK compliance pack", REGISTER);
        plugins.add(mock(ServiceReference.class), "Broken pack", () -> ToolInfo.of("Bad Key", "x", ToolKind.TOOL, "t", List.of()));
        settle();
        assertNull(tools.get("uk-risk-register").body().providedBy());
        assertEquals(404, assertThrows(ProblemException.class, () -> tools.get("Bad Key")).status());
    }

    @Test
    void toolsOfPluginsMissingAtStartAreMarkedGone() throws Exception {
        plugins.add(mock(ServiceReference.class), "UK compliance pack", REGISTER);
        settle();
        plugins.deactivate();
        PluginTools restarted = new PluginTools(jpa, EventPosters.none(), Clock.fixed(NOW, ZoneOffset.UTC));
        restarted.activate();
        restarted.idle().get(10, TimeUnit.SECONDS);
        restarted.deactivate();
        assertTrue(tools.get("uk-risk-register").body().gone());
    }
}
