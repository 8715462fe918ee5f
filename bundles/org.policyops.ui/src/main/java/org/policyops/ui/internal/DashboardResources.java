package org.policyops.ui.internal;

import org.osgi.service.component.annotations.Component;

/**
 * The dashboard's files, served by the HTTP whiteboard's resource servlet from this bundle's {@code /ui} folder at
 * {@code /ui/*} on the default context (beside the {@code /api} application, so the pages call the API on the same
 * origin). The service object itself is never called: the whiteboard reads only its properties.
 */
@Component(service = DashboardResources.class, property = {
        "osgi.http.whiteboard.resource.pattern=/ui/*",
        "osgi.http.whiteboard.resource.prefix=/ui" })
public class DashboardResources {
}
