package org.policyops.tooling.internal.backstage;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policyops.core.rest.ProblemException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The documents of a multi-document YAML text as plain maps, lists and strings, with the line each value stands on
 * (SnakeYAML composes the node tree; no class is ever instantiated from the text). Scalars stay text, so a
 * {@code name: 2024} is the name "2024". Syntax errors are a 400 naming the line.
 */
final class YamlTree {

    /** One document: its values, its first line (1-based) and the line of each dotted path ({@code spec.owner}). */
    record Document(int index, int line, Object root, Map<String, Integer> lines) {

        int lineOf(String path) {
            for (String p = path; ; p = p.substring(0, p.lastIndexOf('.'))) {
                Integer l = lines.get(p);
                if (l != null) {
                    return l;
                }
                if (p.indexOf('.') < 0) {
                    return line;
                }
            }
        }
    }

    /** More documents than this in one import is a mistake, not a catalog. */
    static final int MAX_DOCUMENTS = 1000;

    private YamlTree() {
    }

    static List<Document> read(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setAllowRecursiveKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        List<Document> docs = new ArrayList<>();
        try {
            for (Node node : yaml.composeAll(new StringReader(text))) {
                if (docs.size() == MAX_DOCUMENTS) {
                    throw ProblemException.badRequest("body", "has more than " + MAX_DOCUMENTS + " documents; split it");
                }
                Map<String, Integer> lines = new LinkedHashMap<>();
                Object root = convert(node, "", lines);
                docs.add(new Document(docs.size() + 1, node.getStartMark().getLine() + 1, root, lines));
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            String problem = e.getProblem() == null ? "is not valid YAML" : e.getProblem();
            throw new ProblemException(400, "Invalid request", "The YAML is not valid at line " + line + ": " + firstLine(problem),
                    List.of(new org.policyops.core.rest.FieldError("line " + line, firstLine(problem)))).with("line", line);
        } catch (YAMLException e) {
            throw ProblemException.badRequest("body", "is not valid YAML: " + firstLine(String.valueOf(e.getMessage())));
        }
        return docs;
    }

    private static Object convert(Node node, String path, Map<String, Integer> lines) {
        lines.put(path, node.getStartMark().getLine() + 1);
        if (node instanceof ScalarNode s) {
            return Tag.NULL.equals(s.getTag()) ? null : s.getValue();
        }
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            int i = 0;
            for (Node item : seq.getValue()) {
                list.add(convert(item, path + "[" + i++ + "]", lines));
            }
            return list;
        }
        MappingNode map = (MappingNode) node;
        Map<String, Object> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                throw new ProblemException(400, "Invalid request", "line " + (t.getKeyNode().getStartMark().getLine() + 1)
                        + ": a key must be plain text");
            }
            String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
            out.put(key.getValue(), convert(t.getValueNode(), child, lines));
        }
        return out;
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        t = nl < 0 ? t : t.substring(0, nl);
        return t.length() <= 200 ? t : t.substring(0, 200) + "…";
    }
}
