/** The plugin inventory and deployment; not exported. */
package org.policyops.plugins.internal;
