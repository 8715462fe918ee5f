package org.policyops.localization.internal.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policyops.localization.internal.domain.TranslationState;

/**
 * Reads and writes gettext PO files, one target language per file.
 *
 * <p>Why not jgettext 0.15.1: its jar has no OSGi manifest and its parser needs the ANTLR 2 runtime, which is no
 * OSGi bundle either; the PO syntax PolicyOps needs is small enough to parse here with line numbers in every error.
 *
 * <p>Mapping: {@code msgctxt} = content key (so equal source texts of different contents stay apart), {@code msgid}
 * = source, {@code msgstr} = target (empty = none); the extracted comment {@code #. policyops-revision: ...} keeps
 * the source revision and {@code # translator: ...} the translator; flags carry the status: {@code fuzzy} =
 * IN_PROGRESS, none = TRANSLATED (or MISSING without target), {@code reviewed} = REVIEWED. The header entry names
 * the target ({@code Language}) and source ({@code X-Source-Language}) locales. Plural forms are refused.
 */
public final class Po {

    public static final String MEDIA_TYPE = "text/x-gettext-translation";
    private static final String REVISION = "policyops-revision:";
    private static final String TRANSLATOR = "translator:";

    private Po() {
    }

    public static String write(InterchangeDocument doc) {
        StringBuilder sb = new StringBuilder();
        sb.append("# PolicyOps translations, ").append(doc.sourceLocale()).append(" -> ").append(doc.targetLocale()).append('\n');
        sb.append("msgid \"\"\n");
        sb.append("msgstr \"\"\n");
        sb.append("\"Content-Type: text/plain; charset=UTF-8\\n\"\n");
        sb.append("\"Content-Transfer-Encoding: 8bit\\n\"\n");
        sb.append("\"Language: ").append(doc.targetLocale()).append("\\n\"\n");
        sb.append("\"X-Source-Language: ").append(doc.sourceLocale()).append("\\n\"\n");
        for (InterchangeEntry e : doc.entries()) {
            sb.append('\n');
            if (e.revision() != null) {
                sb.append("#. ").append(REVISION).append(' ').append(e.revision()).append('\n');
            }
            if (e.translator() != null) {
                sb.append("# ").append(TRANSLATOR).append(' ').append(e.translator()).append('\n');
            }
            if (e.state() == TranslationState.IN_PROGRESS) {
                sb.append("#, fuzzy\n");
            } else if (e.state() == TranslationState.REVIEWED) {
                sb.append("#, reviewed\n");
            }
            string(sb, "msgctxt", e.key());
            string(sb, "msgid", e.source());
            string(sb, "msgstr", e.target() == null ? "" : e.target());
        }
        return sb.toString();
    }

    /** Writes a keyword and its string, split after each line break as gettext's tools do. */
    private static void string(StringBuilder sb, String keyword, String text) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && i < text.length() - 1) {
                parts.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        parts.add(text.substring(from));
        sb.append(keyword).append(' ');
        if (parts.size() > 1) {
            sb.append("\"\"\n");
            for (String p : parts) {
                sb.append('"').append(escape(p)).append("\"\n");
            }
        } else {
            sb.append('"').append(escape(text)).append("\"\n");
        }
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Parses a file; every problem is an {@link InterchangeException} naming its line. */
    public static InterchangeDocument read(String text) {
        return new Reader(text).document();
    }

    /** Line-by-line reader: comments and keywords start entries, quoted lines continue the last keyword. */
    private static final class Reader {

        private final String[] lines;
        private int lineNo;

        // the entry being read
        private int entryLine;
        private String revision;
        private String translator;
        private boolean fuzzy;
        private boolean reviewed;
        private boolean obsolete;
        private final Map<String, StringBuilder> strings = new LinkedHashMap<>();
        private StringBuilder current;

        private String sourceLocale;
        private String targetLocale;
        private boolean headerSeen;
        private final List<InterchangeEntry> entries = new ArrayList<>();

        Reader(String text) {
            String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
            this.lines = t.split("\r?\n", -1);
        }

        InterchangeDocument document() {
            for (lineNo = 1; lineNo <= lines.length; lineNo++) {
                String line = lines[lineNo - 1].strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    if (!strings.isEmpty()) {
                        finishEntry();
                    }
                    comment(line);
                } else if (line.startsWith("\"")) {
                    if (current == null) {
                        throw error("a quoted string must follow msgctxt, msgid or msgstr");
                    }
                    current.append(unquote(line));
                } else {
                    keyword(line);
                }
            }
            finishEntry();
            if (targetLocale == null) {
                throw new InterchangeException(1, "the header entry (msgid \"\") must name the target locale in a Language: line");
            }
            return new InterchangeDocument(sourceLocale, targetLocale, entries);
        }

        private InterchangeException error(String message) {
            return new InterchangeException(lineNo, message);
        }

        private void comment(String line) {
            if (entryLine == 0) {
                entryLine = lineNo;
            }
            if (line.startsWith("#~")) {
                obsolete = true;
            } else if (line.startsWith("#.")) {
                String c = line.substring(2).strip();
                if (c.startsWith(REVISION)) {
                    revision = c.substring(REVISION.length()).strip();
                }
            } else if (line.startsWith("#,")) {
                for (String flag : line.substring(2).split(",")) {
                    switch (flag.strip()) {
                        case "fuzzy" -> fuzzy = true;
                        case "reviewed" -> reviewed = true;
                        default -> {
                            // other flags (c-format, ...) say nothing PolicyOps keeps
                        }
                    }
                }
            } else if (line.startsWith("# ") || line.equals("#")) {
                String c = line.substring(1).strip();
                if (c.startsWith(TRANSLATOR)) {
                    translator = c.substring(TRANSLATOR.length()).strip();
                }
            }
        }

        private void keyword(String line) {
            int space = line.indexOf(' ');
            String keyword = space < 0 ? line : line.substring(0, space);
            String rest = space < 0 ? "" : line.substring(space + 1).strip();
            switch (keyword) {
                case "msgctxt", "msgid", "msgstr" -> {
                    if (keyword.equals("msgctxt") || (keyword.equals("msgid") && !strings.containsKey("msgctxt"))) {
                        if (strings.containsKey("msgid")) {
                            finishEntry();
                        }
                    }
                    if (strings.containsKey(keyword)) {
                        throw error("a second " + keyword + " in one entry");
                    }
                    if (entryLine == 0) {
                        entryLine = lineNo;
                    }
                    current = new StringBuilder(unquote(rest));
                    strings.put(keyword, current);
                }
                case "msgid_plural" -> throw error("plural forms (msgid_plural) are not supported: PolicyOps texts have one form");
                default -> {
                    if (keyword.startsWith("msgstr[")) {
                        throw error("plural forms (msgstr[n]) are not supported: PolicyOps texts have one form");
                    }
                    throw error("unknown keyword '" + Xliff2.abbreviate(keyword) + "'");
                }
            }
        }

        private String unquote(String s) {
            if (s.length() < 2 || !s.startsWith("\"") || !s.endsWith("\"")) {
                throw error("expected a string in double quotes");
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i < s.length() - 1; i++) {
                char c = s.charAt(i);
                if (c == '"') {
                    throw error("an unescaped double quote inside a string");
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                if (++i >= s.length() - 1) {
                    throw error("a string ends with a lone backslash");
                }
                char e = s.charAt(i);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    default -> throw error("unknown escape \\" + e);
                }
            }
            return sb.toString();
        }

        private void finishEntry() {
            int line = entryLine;
            try {
                if (obsolete || strings.isEmpty()) {
                    return;
                }
                if (!strings.containsKey("msgid") || !strings.containsKey("msgstr")) {
                    throw new InterchangeException(line, "an entry needs both msgid and msgstr");
                }
                String ctxt = strings.containsKey("msgctxt") ? strings.get("msgctxt").toString() : null;
                String id = strings.get("msgid").toString();
                String str = strings.get("msgstr").toString();
                if (ctxt == null && id.isEmpty()) {
                    header(str, line);
                    return;
                }
                if (!headerSeen) {
                    throw new InterchangeException(line, "the header entry (msgid \"\") must come first and name the Language");
                }
                if (ctxt == null || ctxt.isBlank()) {
                    throw new InterchangeException(line, "an entry needs a msgctxt: the PolicyOps content key, e.g. policy/hate-speech/text");
                }
                String target = str.isEmpty() ? null : str;
                TranslationState state;
                if (target == null) {
                    state = TranslationState.MISSING;
                } else if (fuzzy) {
                    state = TranslationState.IN_PROGRESS;
                } else {
                    state = reviewed ? TranslationState.REVIEWED : TranslationState.TRANSLATED;
                }
                entries.add(new InterchangeEntry(ctxt, revision, id, target, state, translator, line));
            } finally {
                strings.clear();
                current = null;
                entryLine = 0;
                revision = null;
                translator = null;
                fuzzy = false;
                reviewed = false;
                obsolete = false;
            }
        }

        private void header(String value, int line) {
            if (headerSeen) {
                throw new InterchangeException(line, "a second header entry (msgid \"\")");
            }
            headerSeen = true;
            for (String field : value.split("\n")) {
                int colon = field.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = field.substring(0, colon).strip();
                String v = field.substring(colon + 1).strip();
                if (name.equalsIgnoreCase("Language") && !v.isEmpty()) {
                    targetLocale = v;
                } else if (name.equalsIgnoreCase("X-Source-Language") && !v.isEmpty()) {
                    sourceLocale = v;
                } else if (name.equalsIgnoreCase("Content-Type") && !v.toLowerCase(java.util.Locale.ROOT).contains("utf-8")) {
                    throw new InterchangeException(line, "only UTF-8 PO files are supported (Content-Type was " + v + ")");
                }
            }
            if (targetLocale == null) {
                throw new InterchangeException(line, "the header entry must name the target locale in a Language: line");
            }
        }
    }
}
