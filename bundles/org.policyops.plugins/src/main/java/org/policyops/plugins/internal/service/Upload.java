package org.policyops.plugins.internal.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.policyops.api.compliance.PluginHeaders;
import org.policyops.core.rest.ProblemException;

/**
 * An uploaded plugin archive, checked before anything is stored: a bundle jar with the plugin header, or a kar
 * (Karaf archive: features and their bundles under {@code repository/}).
 *
 * @param kar true for a kar
 * @param symbolicName the bundle's symbolic name; null for a kar
 * @param version the bundle's version; null for a kar
 * @param fileName the file name to store it under in deploy/
 */
public record Upload(boolean kar, String symbolicName, String version, String fileName) {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.(jar|kar)");

    /**
     * Checks the body.
     *
     * @param requestedName the file name the caller asked for, or null
     * @throws ProblemException 400 naming what is wrong
     */
    static Upload inspect(byte[] body, String requestedName) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("body", "is empty: send the plugin jar (or a kar) as the request body");
        }
        if (requestedName != null && !requestedName.isBlank() && !SAFE_NAME.matcher(requestedName.trim()).matches()) {
            throw ProblemException.badRequest("filename", "must be a plain file name of letters, digits, '.', '-' and '_' ending in .jar or .kar");
        }
        String name = requestedName == null || requestedName.isBlank() ? null : requestedName.trim();
        if (!isZip(body)) {
            throw ProblemException.badRequest("body", "is not a jar or kar (not a zip archive)");
        }
        if ((name != null && name.endsWith(".kar")) || isKar(body)) {
            return new Upload(true, null, null, name == null ? "plugin-" + Long.toHexString(System.nanoTime()) + ".kar" : name);
        }
        if (name != null && !name.endsWith(".jar")) {
            throw ProblemException.badRequest("filename", "a jar must be stored under a name ending in .jar");
        }
        Manifest manifest = manifest(body);
        if (manifest == null) {
            throw ProblemException.badRequest("body", "is a zip archive without META-INF/MANIFEST.MF: not an OSGi bundle");
        }
        Attributes main = manifest.getMainAttributes();
        String bsn = main.getValue("Bundle-SymbolicName");
        if (bsn == null || bsn.isBlank()) {
            throw ProblemException.badRequest("body", "the manifest has no Bundle-SymbolicName header: not an OSGi bundle");
        }
        if (main.getValue(PluginHeaders.PLUGIN) == null) {
            throw ProblemException.badRequest("body", "the manifest has no " + PluginHeaders.PLUGIN
                    + " header: a plugin declares itself with e.g. '" + PluginHeaders.PLUGIN + ": EU compliance pack' (and "
                    + PluginHeaders.REGION + ", " + PluginHeaders.TEAM + ")");
        }
        String symbolicName = bsn.split(";")[0].trim();
        String version = main.getValue("Bundle-Version");
        String fileName = name != null ? name : symbolicName.replaceAll("[^A-Za-z0-9._-]", "_") + ".jar";
        return new Upload(false, symbolicName, version == null ? "0.0.0" : version.trim(), fileName);
    }

    /** The same upload stored under another file name (the file of the version it replaces). */
    Upload storedAs(String otherName) {
        return new Upload(kar, symbolicName, version, otherName);
    }

    private static boolean isZip(byte[] body) {
        return body.length >= 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4;
    }

    /** A kar holds its features and bundles under repository/ and is no bundle itself. */
    private static boolean isKar(byte[] body) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            boolean repository = false;
            boolean bundle = false;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                repository |= e.getName().startsWith("repository/");
                bundle |= e.getName().equals("META-INF/MANIFEST.MF") && hasSymbolicName(zip);
            }
            return repository && !bundle;
        } catch (IOException e) {
            throw ProblemException.badRequest("body", "is not a readable zip archive: " + e.getMessage());
        }
    }

    private static boolean hasSymbolicName(ZipInputStream zip) throws IOException {
        return new Manifest(zip).getMainAttributes().getValue("Bundle-SymbolicName") != null;
    }

    /** Wherever the manifest is in the archive (JarInputStream finds it only among the first entries). */
    private static Manifest manifest(byte[] body) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("META-INF/MANIFEST.MF")) {
                    return new Manifest(zip);
                }
            }
            return null;
        } catch (IOException e) {
            throw ProblemException.badRequest("body", "is not a readable jar: " + e.getMessage());
        }
    }
}
