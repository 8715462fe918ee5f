/** The planning domain's read-only query services for other bundles (the console commands): adapters over the internal services. */
package org.policyops.planning.internal.query;
