/**
 * Reading and writing CSV files that domain bundles import and export (Apache Commons CSV underneath): a header row
 * naming the columns, each bad row reported with its line, a file with bad rows refused as a whole.
 */
@Export
@Version("1.0.0")
package org.policyops.core.csv;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
