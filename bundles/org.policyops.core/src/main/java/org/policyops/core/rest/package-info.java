/**
 * What domain bundles use to build REST resources that behave alike: the application to attach to, problem
 * exceptions that become RFC 9457 responses, input validation, paging, ETags and the caller's identity.
 * 1.1: {@link org.policyops.core.rest.RestSupport} (parameters, bodies, tagged and CSV answers) and
 * {@link org.policyops.core.rest.Tagged}.
 * 1.2: {@link org.policyops.core.rest.Roles#METRICS}.
 * 1.3: {@link org.policyops.core.rest.PolicyOpsPrincipal#token()}.
 */
@Export
@Version("1.3.0")
package org.policyops.core.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
