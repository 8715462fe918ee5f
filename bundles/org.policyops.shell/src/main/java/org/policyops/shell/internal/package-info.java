/**
 * The {@code policyops:*} console commands. Each reads the planning domain through the services of
 * {@code org.policyops.api.planning}, referenced optionally: without the planning feature a command says so.
 */
package org.policyops.shell.internal;
