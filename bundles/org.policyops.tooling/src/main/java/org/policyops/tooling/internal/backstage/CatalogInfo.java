package org.policyops.tooling.internal.backstage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.policyops.api.tooling.ToolStatus;
import org.policyops.core.rest.FieldError;
import org.policyops.core.rest.ProblemException;
import org.policyops.tooling.internal.dto.ToolRequest;
import org.policyops.tooling.internal.dto.ToolView;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Backstage's {@code catalog-info.yaml} shape for tools, read and written. A tool is a {@code Component} (a
 * {@code Resource} for a platform) whose {@code metadata.name} is the key, {@code metadata.title} the name,
 * {@code spec.owner} the owner team, {@code spec.lifecycle} the status (experimental, production, deprecated),
 * {@code spec.dependsOn} the dependencies and {@code metadata.links} the documentation and runbook; what Backstage has
 * no field for is kept in {@code policyops.org/...} annotations, which win over the Backstage fields when both are there.
 */
public final class CatalogInfo {

    public static final String MEDIA_TYPE = "application/yaml";
    public static final String API_VERSION = "backstage.io/v1alpha1";
    static final String PREFIX = "policyops.org/";
    static final String KIND = PREFIX + "kind";
    static final String STAGES = PREFIX + "stages";
    static final String STATUS = PREFIX + "status";
    static final String OWNER_TEAM = PREFIX + "owner-team";
    static final String REGIONS = PREFIX + "regions";
    static final String LOCALES = PREFIX + "locales";
    static final String POLICIES = PREFIX + "policies";
    static final String SUPPORT = PREFIX + "support";

    /** An entity of the file read as a tool, with where it stands for error messages. */
    public record Entry(YamlTree.Document document, ToolRequest request) {

        /** "document 2 (line 14)". */
        public String where() {
            return "document " + document.index() + " (line " + document.line() + ")";
        }
    }

    /** What a file holds: the tools, and the documents of other kinds (Group, API, System...) that were passed over. */
    public record Read(List<Entry> tools, List<String> skipped) {
    }

    private CatalogInfo() {
    }

    /** Reads every document; any document in the wrong shape is a 400 naming it, its line and the field. */
    public static Read read(String text) {
        List<Entry> tools = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (YamlTree.Document d : YamlTree.read(text == null ? "" : text)) {
            if (!(d.root() instanceof Map<?, ?> root)) {
                errors.add(error(d, "", "must be a mapping with apiVersion, kind, metadata and spec"));
                continue;
            }
            Object kind = root.get("kind");
            if (!(kind instanceof String k)) {
                errors.add(error(d, "kind", "is required: Component or Resource"));
                continue;
            }
            if (!k.equals("Component") && !k.equals("Resource")) {
                skipped.add("document " + d.index() + " (line " + d.line() + "): kind " + k);
                continue;
            }
            Map<String, Object> metadata = map(d, root, "metadata", errors);
            Map<String, Object> spec = map(d, root, "spec", errors);
            Map<String, Object> annotations = map(d, metadata, "metadata.annotations", errors);
            String name = text(d, metadata, "metadata.name", errors);
            String status = text(d, annotations, "metadata.annotations." + STATUS, errors);
            if (status == null) {
                status = status(d, text(d, spec, "spec.lifecycle", errors), errors);
            }
            String toolKind = text(d, annotations, "metadata.annotations." + KIND, errors);
            if (toolKind == null) {
                toolKind = k.equals("Resource") ? "PLATFORM" : "TOOL";
            }
            String owner = text(d, annotations, "metadata.annotations." + OWNER_TEAM, errors);
            if (owner == null) {
                owner = entityName(text(d, spec, "spec.owner", errors));
            }
            String docs = null;
            String runbook = null;
            Object links = metadata.get("links");
            if (links instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Map<?, ?> link) {
                        String type = String.valueOf(link.get("type")).toLowerCase(Locale.ROOT);
                        String title = String.valueOf(link.get("title")).toLowerCase(Locale.ROOT);
                        Object url = link.get("url");
                        if (!(url instanceof String u)) {
                            errors.add(error(d, "metadata.links[" + i + "]", "needs a url"));
                        } else if (type.equals("runbook") || title.contains("runbook")) {
                            runbook = u;
                        } else if (docs == null) {
                            docs = u;
                        }
                    } else {
                        errors.add(error(d, "metadata.links[" + i + "]", "must be a mapping with url, title and type"));
                    }
                }
            } else if (links != null) {
                errors.add(error(d, "metadata.links", "must be a list"));
            }
            List<String> dependsOn = new ArrayList<>();
            Object deps = spec.get("dependsOn");
            if (deps instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof String ref) {
                        dependsOn.add(entityName(ref));
                    } else {
                        errors.add(error(d, "spec.dependsOn[" + i + "]", "must be an entity reference such as component:rules-engine"));
                    }
                }
            } else if (deps != null) {
                errors.add(error(d, "spec.dependsOn", "must be a list of entity references"));
            }
            ToolRequest request = new ToolRequest(name, or(text(d, metadata, "metadata.title", errors), name), toolKind,
                    text(d, metadata, "metadata.description", errors), split(text(d, annotations, "metadata.annotations." + STAGES, errors)),
                    owner, status, split(text(d, annotations, "metadata.annotations." + REGIONS, errors)),
                    split(text(d, annotations, "metadata.annotations." + LOCALES, errors)),
                    split(text(d, annotations, "metadata.annotations." + POLICIES, errors)),
                    new ToolRequest.Links(docs, runbook, text(d, annotations, "metadata.annotations." + SUPPORT, errors)), dependsOn);
            tools.add(new Entry(d, request));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new Read(tools, skipped);
    }

    /**
     * The 400 for a tool's fields as the request validation named them, translated to the document's paths and lines.
     */
    public static ProblemException invalid(Entry entry, List<FieldError> fieldErrors) {
        List<FieldError> errors = new ArrayList<>();
        for (FieldError f : fieldErrors) {
            errors.add(error(entry.document(), path(f.field()), f.message()));
        }
        return invalid(errors);
    }

    private static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields of the catalog are invalid; see errors.";
        return new ProblemException(400, "Invalid request", detail, errors);
    }

    /** The catalog-info path of a field of the tool request. */
    static String path(String field) {
        String base = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
        String index = field.substring(base.length());
        return switch (base) {
            case "key" -> "metadata.name";
            case "name" -> "metadata.title";
            case "description" -> "metadata.description";
            case "kind" -> "metadata.annotations." + KIND;
            case "stages" -> "metadata.annotations." + STAGES;
            case "status" -> "metadata.annotations." + STATUS;
            case "ownerTeam" -> "spec.owner";
            case "regions" -> "metadata.annotations." + REGIONS;
            case "locales" -> "metadata.annotations." + LOCALES;
            case "policies" -> "metadata.annotations." + POLICIES;
            case "links.docs", "links.runbook" -> "metadata.links";
            case "links.support" -> "metadata.annotations." + SUPPORT;
            case "dependsOn" -> "spec.dependsOn" + index;
            default -> field;
        };
    }

    private static FieldError error(YamlTree.Document d, String path, String message) {
        return new FieldError("document " + d.index() + (path.isEmpty() ? "" : " " + path),
                "line " + d.lineOf(path) + ": " + message);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(YamlTree.Document d, Map<?, ?> parent, String path, List<FieldError> errors) {
        Object value = parent.get(path.substring(path.lastIndexOf('.') + 1));
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?>)) {
            errors.add(error(d, path, "must be a mapping"));
            return Map.of();
        }
        return (Map<String, Object>) value;
    }

    private static String text(YamlTree.Document d, Map<?, ?> parent, String path, List<FieldError> errors) {
        String key = path.startsWith("metadata.annotations.") ? path.substring("metadata.annotations.".length())
                : path.substring(path.lastIndexOf('.') + 1);
        Object value = parent.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        errors.add(error(d, path, "must be text"));
        return null;
    }

    private static String status(YamlTree.Document d, String lifecycle, List<FieldError> errors) {
        if (lifecycle == null) {
            return null;
        }
        return switch (lifecycle.trim().toLowerCase(Locale.ROOT)) {
            case "experimental" -> ToolStatus.PILOT.name();
            case "production" -> ToolStatus.PRODUCTION.name();
            case "deprecated" -> ToolStatus.DEPRECATED.name();
            default -> {
                errors.add(error(d, "spec.lifecycle", "must be experimental, production or deprecated, or set "
                        + STATUS + " (was '" + lifecycle + "')"));
                yield null;
            }
        };
    }

    /** {@code component:default/rules-engine} → {@code rules-engine}; {@code group:integrity-tooling} → {@code integrity-tooling}. */
    static String entityName(String ref) {
        if (ref == null) {
            return null;
        }
        String r = ref.trim();
        r = r.substring(r.indexOf(':') + 1);
        return r.substring(r.lastIndexOf('/') + 1);
    }

    private static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : joined.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }

    /** The tools as a multi-document catalog-info.yaml. */
    public static String write(List<ToolView> tools) {
        List<Object> docs = new ArrayList<>();
        for (ToolView t : tools) {
            Map<String, Object> annotations = new LinkedHashMap<>();
            annotations.put(KIND, t.kind());
            annotations.put(STAGES, String.join(",", t.stages()));
            annotations.put(STATUS, t.status());
            annotations.put(OWNER_TEAM, t.ownerTeam());
            putList(annotations, REGIONS, t.regions());
            putList(annotations, LOCALES, t.locales());
            putList(annotations, POLICIES, t.policies());
            if (t.links().support() != null) {
                annotations.put(SUPPORT, t.links().support());
            }
            if (t.providedBy() != null) {
                annotations.put(PREFIX + "provided-by", t.providedBy());
            }
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("name", t.key());
            metadata.put("title", t.name());
            if (t.description() != null) {
                metadata.put("description", t.description());
            }
            metadata.put("annotations", annotations);
            List<Object> links = new ArrayList<>();
            if (t.links().docs() != null) {
                links.add(link(t.links().docs(), "Documentation", "docs"));
            }
            if (t.links().runbook() != null) {
                links.add(link(t.links().runbook(), "Runbook", "runbook"));
            }
            if (!links.isEmpty()) {
                metadata.put("links", links);
            }
            boolean resource = t.kind().equals("PLATFORM");
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("type", t.kind().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (!resource) {
                spec.put("lifecycle", lifecycle(t.status()));
            }
            spec.put("owner", "group:" + slug(t.ownerTeam()));
            if (!t.dependsOn().isEmpty()) {
                spec.put("dependsOn", t.dependsOn().stream().map(k -> "component:" + k).toList());
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("apiVersion", API_VERSION);
            doc.put("kind", resource ? "Resource" : "Component");
            doc.put("metadata", metadata);
            doc.put("spec", spec);
            docs.add(doc);
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setExplicitStart(true);
        options.setWidth(120);
        return new Yaml(options).dumpAll(docs.iterator());
    }

    private static Map<String, Object> link(String url, String title, String type) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("url", url);
        l.put("title", title);
        l.put("type", type);
        return l;
    }

    private static void putList(Map<String, Object> annotations, String key, List<String> values) {
        if (!values.isEmpty()) {
            annotations.put(key, String.join(",", values));
        }
    }

    /** Backstage's lifecycle for a status: experimental before production, deprecated after it. */
    static String lifecycle(String status) {
        return switch (ToolStatus.valueOf(status)) {
            case PROPOSED, PILOT -> "experimental";
            case PRODUCTION -> "production";
            case DEPRECATED, RETIRED -> "deprecated";
        };
    }

    /** "Integrity Tooling" → "integrity-tooling", a valid Backstage entity name. */
    static String slug(String team) {
        String s = team.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "unknown" : s.length() > 63 ? s.substring(0, 63) : s;
    }
}
