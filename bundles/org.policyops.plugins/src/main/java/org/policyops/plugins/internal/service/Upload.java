package org.policyops.plugins.internal.service;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.osgi.framework.Version;
import org.policyops.api.compliance.PluginHeaders;
import org.policyops.api.plugins.IntegrationDeclaration;
import org.policyops.api.plugins.RuleDeclaration;
import org.policyops.core.rest.ProblemException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An uploaded plugin archive, checked before anything is stored: a plugin bundle jar, or a kar (Karaf archive)
 * that carries only plugin bundles and features installing them.
 * <p>
 * <b>What counts as a plugin</b> (the criterion applied to a jar and to every jar in a kar): an OSGi bundle
 * ({@code Bundle-ManifestVersion: 2}, a valid {@code Bundle-SymbolicName} and {@code Bundle-Version}) that declares
 * itself with a non-blank {@code PolicyOps-Plugin} header, is no fragment ({@code Fragment-Host} would attach it to
 * another bundle) and exports no package ({@code Export-Package}: other bundles could wire to it, and every upgrade
 * would refresh them).
 *
 * @param kar true for a kar
 * @param symbolicName the bundle's symbolic name; null for a kar
 * @param version the bundle's version; null for a kar
 * @param fileName the file name to store it under in deploy/: {@code <symbolicName>-<version>.jar} for a jar
 * @param sha256 the SHA-256 of the uploaded bytes, in hex
 * @param headers the jar's main manifest headers; empty for a kar
 * @param plugins for a kar, the plugin jars in it; empty for a jar
 * @param jars the uploaded jar (or each plugin jar in the kar) as bytes, for the signature check
 */
public record Upload(boolean kar, String symbolicName, String version, String fileName, String sha256,
        Map<String, String> headers, List<Upload> plugins, List<byte[]> jars) {

    /**
     * The bounds of the check.
     *
     * @param zip the bounds of reading the archive
     * @param maxManifestBytes the most bytes a manifest may have
     * @param maxManifestLines the most lines a manifest may have
     */
    public record Limits(ZipScan.Limits zip, int maxManifestBytes, int maxManifestLines) {
    }

    /** A rule the jar declares in its manifest (see {@link RuleDeclaration}). */
    public record DeclaredRule(String id, String severity, List<String> regions) {
    }

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.(jar|kar)");
    /** Names Windows reserves for devices; refused so that a deploy folder can be copied anywhere. */
    private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    private static final String MANIFEST = "META-INF/MANIFEST.MF";

    public Upload {
        headers = Map.copyOf(headers);
        plugins = List.copyOf(plugins);
        jars = List.copyOf(jars);
    }

    /** Checks a file name a caller asked for: a plain name ending in .jar or .kar. */
    static String checkFileName(String requestedName) {
        if (requestedName == null || requestedName.isEmpty()) {
            return null;
        }
        if (!SAFE_NAME.matcher(requestedName).matches()) {
            throw ProblemException.badRequest("filename", "must be a plain file name of letters, digits, '.', '-' and '_' "
                    + "(no spaces, no folders) ending in .jar or .kar, at most 124 characters (was " + ZipScan.quote(requestedName) + ")");
        }
        if (DEVICE.matcher(requestedName).matches()) {
            throw ProblemException.badRequest("filename", "'" + requestedName + "' is a device name on Windows; choose another");
        }
        return requestedName;
    }

    /**
     * Checks the body.
     *
     * @param requestedName the file name the caller asked for, or null
     * @throws ProblemException 400 naming what is wrong
     */
    static Upload inspect(byte[] body, String requestedName, Limits limits) {
        String name = checkFileName(requestedName);
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("body", "is empty: send the plugin jar (or a kar) as the request body");
        }
        List<ZipScan.Entry> entries = ZipScan.scan(body, limits.zip(), n -> n.equals(MANIFEST) || n.startsWith("repository/"),
                "the upload");
        ZipScan.Entry manifest = entries.stream().filter(e -> e.name().equals(MANIFEST)).findFirst().orElse(null);
        boolean repository = entries.stream().anyMatch(e -> e.name().startsWith("repository/"));
        Map<String, String> headers = manifest == null ? Map.of()
                : ManifestReader.mainAttributes(manifest.content(), limits.maxManifestBytes(), limits.maxManifestLines(), "the upload");
        boolean bundle = ManifestReader.get(headers, "Bundle-SymbolicName") != null;
        String sha256 = sha256(body);
        if ((name != null && name.endsWith(".kar")) || (repository && !bundle)) {
            return kar(entries, name, sha256, limits);
        }
        if (name != null && !name.endsWith(".jar")) {
            throw ProblemException.badRequest("filename", "a jar is stored under a name ending in .jar");
        }
        if (manifest == null) {
            throw ZipScan.bad("the upload is a zip archive without META-INF/MANIFEST.MF: not an OSGi bundle");
        }
        Upload jar = plugin(headers, "the upload", sha256, body);
        if (name != null && !name.equals(jar.fileName())) {
            throw ProblemException.badRequest("filename", "a plugin jar is stored as <Bundle-SymbolicName>-<Bundle-Version>.jar, here '"
                    + jar.fileName() + "', so that the file in deploy/ says which version it holds; leave filename out or send that name");
        }
        return jar;
    }

    /** Applies the plugin criterion to a bundle's headers. */
    private static Upload plugin(Map<String, String> headers, String what, String sha256, byte[] bytes) {
        String bsn = ManifestReader.get(headers, "Bundle-SymbolicName");
        if (bsn == null || bsn.isBlank()) {
            throw ZipScan.bad(what + ": the manifest has no Bundle-SymbolicName header: not an OSGi bundle");
        }
        String plugin = ManifestReader.get(headers, PluginHeaders.PLUGIN);
        if (plugin == null || plugin.isBlank()) {
            throw ZipScan.bad(what + ": the manifest has no " + PluginHeaders.PLUGIN + " header: a plugin declares itself with e.g. '"
                    + PluginHeaders.PLUGIN + ": EU compliance pack' (and " + PluginHeaders.REGION + ", " + PluginHeaders.TEAM + ")");
        }
        String manifestVersion = ManifestReader.get(headers, "Bundle-ManifestVersion");
        if (manifestVersion == null || !manifestVersion.trim().equals("2")) {
            throw ZipScan.bad(what + ": the manifest has no 'Bundle-ManifestVersion: 2' header: not an OSGi R4+ bundle (build it with bnd)");
        }
        String symbolicName = Clauses.parse(bsn).stream().findFirst().flatMap(c -> c.names().stream().findFirst()).orElse("").trim();
        if (!symbolicName.matches("[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}")) {
            throw ZipScan.bad(what + ": the Bundle-SymbolicName " + ZipScan.quote(symbolicName) + " is not a valid symbolic name");
        }
        if (ManifestReader.get(headers, "Fragment-Host") != null) {
            throw ZipScan.bad(what + ": it is a fragment (Fragment-Host), which attaches to another bundle; a plugin is a bundle of its own");
        }
        String exports = ManifestReader.get(headers, "Export-Package");
        if (exports != null && !exports.isBlank()) {
            throw ZipScan.bad(what + ": it exports packages (Export-Package: " + abbreviate(exports)
                    + "); a plugin exports nothing, so that installing, upgrading or removing it refreshes no other bundle");
        }
        Version version;
        String versionHeader = ManifestReader.get(headers, "Bundle-Version");
        try {
            version = versionHeader == null ? Version.emptyVersion : Version.parseVersion(versionHeader.trim());
        } catch (IllegalArgumentException e) {
            throw ZipScan.bad(what + ": its Bundle-Version " + ZipScan.quote(versionHeader) + " is not an OSGi version");
        }
        String fileName = symbolicName.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + version + ".jar";
        return new Upload(false, symbolicName, version.toString(), fileName, sha256, headers, List.of(), List.of(bytes));
    }

    /**
     * A kar may install plugins and nothing else: its files are plugin jars and features files under
     * {@code repository/} (Karaf copies everything else, e.g. {@code resources/}, into the installation), and its
     * features hold only bundles from the kar itself: no configurations, no files, no other features or repositories.
     */
    private static Upload kar(List<ZipScan.Entry> entries, String name, String sha256, Limits limits) {
        List<Upload> plugins = new ArrayList<>();
        List<byte[]> jars = new ArrayList<>();
        Set<String> jarPaths = new java.util.HashSet<>();
        List<ZipScan.Entry> features = new ArrayList<>();
        for (ZipScan.Entry e : entries) {
            if (e.directory() || e.name().startsWith("META-INF/")) {
                continue;
            }
            String what = e.name() + " in the kar";
            if (!e.name().startsWith("repository/")) {
                throw ZipScan.bad("the kar has " + ZipScan.quote(e.name()) + " outside repository/: a kar for plugins carries only plugin bundles "
                        + "and their features (Karaf copies a kar's other files into the installation)");
            }
            if (e.name().endsWith(".jar")) {
                List<ZipScan.Entry> inner = ZipScan.scan(e.content(), limits.zip(), n -> n.equals(MANIFEST), what);
                ZipScan.Entry m = inner.stream().filter(x -> x.name().equals(MANIFEST)).findFirst()
                        .orElseThrow(() -> ZipScan.bad(what + " has no META-INF/MANIFEST.MF: not an OSGi bundle, and a kar for plugins carries only plugins"));
                Map<String, String> h = ManifestReader.mainAttributes(m.content(), limits.maxManifestBytes(), limits.maxManifestLines(), what);
                plugins.add(plugin(h, what + " (a kar for plugins carries only plugins)", sha256(e.content()), e.content()));
                jars.add(e.content());
                jarPaths.add(e.name().substring("repository/".length()));
            } else if (e.name().endsWith(".xml")) {
                features.add(e);
            } else {
                throw ZipScan.bad("the kar has " + ZipScan.quote(e.name()) + ", which is neither a plugin jar nor a features file");
            }
        }
        if (plugins.isEmpty()) {
            throw ZipScan.bad("the kar holds no plugin jar under repository/");
        }
        for (ZipScan.Entry f : features) {
            checkFeatures(f, jarPaths);
        }
        String fileName = name != null ? name : "plugins-" + sha256.substring(0, 12) + ".kar";
        return new Upload(true, null, null, fileName, sha256, Map.of(), plugins, jars);
    }

    private static void checkFeatures(ZipScan.Entry file, Set<String> jarPaths) {
        String what = file.name() + " in the kar";
        Element root;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            root = builder.parse(new ByteArrayInputStream(file.content())).getDocumentElement();
        } catch (Exception e) {
            throw ZipScan.bad(what + " is not a readable features file: " + e.getMessage());
        }
        if (!"features".equals(root.getLocalName())) {
            throw ZipScan.bad(what + " is not a features file (its root is <" + root.getLocalName() + ">); a kar for plugins carries only plugin jars and features");
        }
        for (Element feature : children(root)) {
            if (!"feature".equals(feature.getLocalName())) {
                throw ZipScan.bad(what + " has <" + feature.getLocalName() + ">; a kar for plugins may only declare features of its own bundles");
            }
            for (Element item : children(feature)) {
                switch (item.getLocalName()) {
                    case "details" -> {
                        // free text
                    }
                    case "bundle" -> {
                        String path = mavenPath(item.getTextContent().trim());
                        if (path == null || !jarPaths.contains(path)) {
                            throw ZipScan.bad(what + ": the feature " + feature.getAttribute("name") + " installs " + ZipScan.quote(item.getTextContent().trim())
                                    + ", which is not a plugin jar in this kar (mvn:group/artifact/version of a jar under repository/)");
                        }
                    }
                    default -> throw ZipScan.bad(what + ": the feature " + feature.getAttribute("name") + " has <" + item.getLocalName()
                            + ">; a kar for plugins installs only its own plugin bundles (no configurations, files, other features or requirements)");
                }
            }
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }

    /** {@code mvn:g/a/v[/jar]} → its path in a Maven repository, or null for any other URL. */
    static String mavenPath(String url) {
        if (!url.startsWith("mvn:")) {
            return null;
        }
        String[] parts = url.substring(4).split("/");
        if (parts.length < 3 || parts.length > 4 || (parts.length == 4 && !parts[3].equals("jar"))) {
            return null;
        }
        for (String p : parts) {
            if (!p.matches("[A-Za-z0-9._-]+") || p.equals("..")) {
                return null;
            }
        }
        return parts[0].replace('.', '/') + "/" + parts[1] + "/" + parts[2] + "/" + parts[1] + "-" + parts[2] + ".jar";
    }

    /** The rules the jar declares with {@link RuleDeclaration} (a {@code Provide-Capability} of its namespace). */
    List<DeclaredRule> declaredRules() {
        List<DeclaredRule> rules = new ArrayList<>();
        for (Clauses.Clause c : Clauses.parse(ManifestReader.get(headers, "Provide-Capability"))) {
            if (c.names().contains(RuleDeclaration.NAMESPACE)) {
                String id = attribute(c, "id");
                String severity = attribute(c, "severity");
                String regions = attribute(c, "regions");
                rules.add(new DeclaredRule(id, severity == null ? null : severity.toUpperCase(Locale.ROOT),
                        regions == null ? List.of("*") : java.util.Arrays.stream(regions.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()));
            }
        }
        return rules;
    }

    /** The integrations the jar declares with {@link IntegrationDeclaration}. */
    List<String> declaredIntegrations() {
        return Clauses.parse(ManifestReader.get(headers, "Provide-Capability")).stream()
                .filter(c -> c.names().contains(IntegrationDeclaration.NAMESPACE)).map(c -> attribute(c, "id")).toList();
    }

    /** True when the manifest declares its rules (so a dry run can tell rules added and removed). */
    boolean declaresRules() {
        return Clauses.parse(ManifestReader.get(headers, "Provide-Capability")).stream()
                .anyMatch(c -> c.names().contains(RuleDeclaration.NAMESPACE) || c.names().contains(IntegrationDeclaration.NAMESPACE));
    }

    private static String attribute(Clauses.Clause c, String name) {
        for (Map.Entry<String, String> a : c.attributes().entrySet()) {
            String key = a.getKey();
            int colon = key.indexOf(':');
            if ((colon < 0 ? key : key.substring(0, colon)).trim().equals(name)) {
                return a.getValue();
            }
        }
        return null;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
