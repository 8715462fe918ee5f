/** REST resources of the plugin inventory; not exported. */
package org.policyops.plugins.internal.rest;
