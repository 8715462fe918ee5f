package org.policyops.plugins.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyops.api.plugins.PluginInfo;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.RestSupport;

class PluginsResourceTest {

    static PluginInfo plugin(long id, String bsn, String version) {
        return new PluginInfo(id, bsn, version, "ACTIVE", bsn, List.of("*"), null, null, "file:/x", null, List.of(), List.of(), true, List.of());
    }

    static final List<PluginInfo> ALL = List.of(plugin(12, "b", "1.10.0"), plugin(10, "a", "1.9.0"), plugin(11, "c", "2.0.0"));

    private static Page<PluginInfo> page(String limit, String offset, String sort) {
        return PluginsResource.page(ALL, RestSupport.page(limit, offset, sort, PluginsResource.SORTABLE, PluginsResource.DEFAULT_SORT),
                PluginsResource::sortKey);
    }

    @Test
    void pagesAreCutFromTheSortedListWithTheTotal() {
        Page<PluginInfo> first = page("2", null, null);
        assertEquals(List.of(10L, 11L), first.items().stream().map(PluginInfo::bundleId).toList());
        assertEquals(3, first.total());
        assertEquals(List.of(12L), page("2", "2", null).items().stream().map(PluginInfo::bundleId).toList());
        assertEquals(List.of(), page("2", "9", null).items());
    }

    @Test
    void versionsSortAsVersionsNotText() {
        assertEquals(List.of("2.0.0", "1.10.0", "1.9.0"), page(null, null, "-version").items().stream().map(PluginInfo::version).toList());
        assertEquals(List.of("a", "b", "c"), page(null, null, "symbolicName").items().stream().map(PluginInfo::symbolicName).toList());
    }
}
