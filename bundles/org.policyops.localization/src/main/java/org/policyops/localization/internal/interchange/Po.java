package org.policyops.localization.internal.interchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fedorahosted.tennera.jgettext.Catalog;
import org.fedorahosted.tennera.jgettext.Message;
import org.fedorahosted.tennera.jgettext.PoParser;
import org.fedorahosted.tennera.jgettext.PoWriter;
import org.fedorahosted.tennera.jgettext.catalog.parse.ParseException;
import org.policyops.localization.internal.domain.TranslationState;

/**
 * Reads and writes gettext PO files, one target language per file, with jgettext (embedded in this bundle with the
 * ANTLR 2 runtime its parser needs, because neither jar has an OSGi manifest).
 *
 * <p>Mapping: {@code msgctxt} = content key (so equal source texts of different contents stay apart), {@code msgid}
 * = source, {@code msgstr} = target (empty = none); the extracted comment {@code #. policyops-revision: ...} keeps
 * the source revision and {@code # translator: ...} the translator; flags carry the status: {@code fuzzy} =
 * IN_PROGRESS, none = TRANSLATED (or MISSING without target), {@code reviewed} = REVIEWED. The header entry names
 * the target ({@code Language}) and source ({@code X-Source-Language}) locales. Plural forms are refused.
 *
 * <p>jgettext reports the line of syntax errors but keeps no positions on the messages it parses, so
 * {@link #entryLines(String)} notes where each entry's first keyword is; that is the line given for the problems
 * PolicyOps finds in an entry.
 */
public final class Po {

    public static final String MEDIA_TYPE = "text/x-gettext-translation";
    private static final String REVISION = "policyops-revision:";
    private static final String TRANSLATOR = "translator:";
    private static final String REVIEWED = "reviewed";
    private static final Pattern LINE = Pattern.compile("\\s*\\[line=(-?\\d+)\\]");

    private Po() {
    }

    public static String write(InterchangeDocument doc) {
        Catalog catalog = new Catalog(false);
        Message header = new Message();
        header.addComment("PolicyOps translations, " + doc.sourceLocale() + " -> " + doc.targetLocale());
        header.setMsgid("");
        header.setMsgstr("Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n"
                + "Language: " + doc.targetLocale() + "\nX-Source-Language: " + doc.sourceLocale() + "\n");
        catalog.addMessage(header);
        for (InterchangeEntry e : doc.entries()) {
            Message m = new Message();
            if (e.revision() != null) {
                m.addExtractedComment(REVISION + " " + e.revision());
            }
            if (e.translator() != null) {
                m.addComment(TRANSLATOR + " " + e.translator());
            }
            if (e.state() == TranslationState.IN_PROGRESS) {
                m.markFuzzy();
            } else if (e.state() == TranslationState.REVIEWED) {
                m.addFormat(REVIEWED);
            }
            m.setMsgctxt(e.key());
            m.setMsgid(e.source());
            m.setMsgstr(e.target() == null ? "" : e.target());
            catalog.addMessage(m);
        }
        StringWriter out = new StringWriter();
        PoWriter writer = new PoWriter();
        writer.setGenerateHeader(false);
        try {
            writer.write(catalog, out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write PO", e);
        }
        return out.toString();
    }

    /** Parses a file; every problem is an {@link InterchangeException} naming its line (0 when none is known). */
    public static InterchangeDocument read(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Catalog catalog = parse(t);
        List<Integer> lines = entryLines(t);
        List<Message> messages = new ArrayList<>();
        for (Message m : catalog) {
            if (!m.isObsolete()) {
                messages.add(m);
            }
        }
        if (messages.size() != lines.size()) {
            // jgettext keeps one message per msgctxt + msgid, so a repeated pair vanishes instead of failing.
            throw new InterchangeException(0, "an entry appears twice with the same msgctxt and msgid");
        }
        String sourceLocale = null;
        String targetLocale = null;
        List<InterchangeEntry> entries = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            int line = lines.get(i);
            if (m.isHeader()) {
                if (i > 0) {
                    throw new InterchangeException(line, "the header entry (msgid \"\") must come first and name the Language");
                }
                String[] locales = header(m.getMsgstr(), line);
                targetLocale = locales[0];
                sourceLocale = locales[1];
            } else {
                if (i == 0) {
                    throw new InterchangeException(line, "the header entry (msgid \"\") must come first and name the Language");
                }
                entries.add(entry(m, line));
            }
        }
        if (targetLocale == null) {
            throw new InterchangeException(1, "the header entry (msgid \"\") must name the target locale in a Language: line");
        }
        return new InterchangeDocument(sourceLocale, targetLocale, entries);
    }

    private static Catalog parse(String text) {
        // ANTLR 2 loads its token classes through the context class loader first; in OSGi that must be this bundle.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Po.class.getClassLoader());
        try {
            return new PoParser().parseCatalog(new StringReader(text), false);
        } catch (ParseException e) {
            throw new InterchangeException(line(e), "invalid PO: " + LINE.matcher(String.valueOf(e.getMessage())).replaceAll(""), e);
        } catch (RuntimeException e) {
            // The ANTLR 2 lexer reports some malformed input with unchecked exceptions of its own.
            String m = String.valueOf(e.getMessage());
            throw new InterchangeException(0, "invalid PO: " + (m.length() <= 300 ? m : m.substring(0, 300) + "…"), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** jgettext appends "[line=n]" to its messages (sometimes twice, with -1 for "unknown"); the last known one counts. */
    private static int line(ParseException e) {
        Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
        int line = 0;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n > 0) {
                line = n;
            }
        }
        return line;
    }

    private static InterchangeEntry entry(Message m, int line) {
        if (m.isPlural()) {
            throw new InterchangeException(line, "plural forms (msgid_plural) are not supported: PolicyOps texts have one form");
        }
        String key = m.getMsgctxt();
        if (key == null || key.isBlank()) {
            throw new InterchangeException(line, "an entry needs a msgctxt: the PolicyOps content key, e.g. policy/hate-speech/text");
        }
        String revision = null;
        for (String c : m.getExtractedComments()) {
            if (c.strip().startsWith(REVISION)) {
                revision = c.strip().substring(REVISION.length()).strip();
            }
        }
        String translator = null;
        for (String c : m.getComments()) {
            if (c.strip().startsWith(TRANSLATOR)) {
                translator = c.strip().substring(TRANSLATOR.length()).strip();
            }
        }
        String target = m.getMsgstr() == null || m.getMsgstr().isEmpty() ? null : m.getMsgstr();
        TranslationState state;
        if (target == null) {
            state = TranslationState.MISSING;
        } else if (m.isFuzzy()) {
            state = TranslationState.IN_PROGRESS;
        } else {
            state = m.getFormats().contains(REVIEWED) ? TranslationState.REVIEWED : TranslationState.TRANSLATED;
        }
        return new InterchangeEntry(key, revision, m.getMsgid(), target, state, translator, line);
    }

    /** The target and source locale named by the header entry. */
    private static String[] header(String value, int line) {
        String target = null;
        String source = null;
        for (String field : value.split("\n")) {
            int colon = field.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = field.substring(0, colon).strip();
            String v = field.substring(colon + 1).strip();
            if (name.equalsIgnoreCase("Language") && !v.isEmpty()) {
                target = v;
            } else if (name.equalsIgnoreCase("X-Source-Language") && !v.isEmpty()) {
                source = v;
            } else if (name.equalsIgnoreCase("Content-Type") && !v.toLowerCase(Locale.ROOT).contains("utf-8")) {
                throw new InterchangeException(line, "only UTF-8 PO files are supported (Content-Type was " + v + ")");
            }
        }
        if (target == null) {
            throw new InterchangeException(line, "the header entry must name the target locale in a Language: line");
        }
        return new String[] {target, source};
    }

    /**
     * The line of each live (not obsolete) entry's first keyword, in file order: a {@code msgctxt}, or a
     * {@code msgid} not preceded by one. Only called on text jgettext has accepted, so the keywords are well formed.
     */
    static List<Integer> entryLines(String text) {
        String[] lines = text.split("\r?\n", -1);
        List<Integer> starts = new ArrayList<>();
        boolean afterContext = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.startsWith("msgctxt")) {
                starts.add(i + 1);
                afterContext = true;
            } else if (l.startsWith("msgid ") || l.startsWith("msgid\"")) {
                if (!afterContext) {
                    starts.add(i + 1);
                }
                afterContext = false;
            }
        }
        return starts;
    }
}
