package org.policyops.localization.internal.interchange;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.policyops.localization.internal.domain.TranslationState;

import net.sf.okapi.lib.xliff2.XLIFFException;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.StartFileData;
import net.sf.okapi.lib.xliff2.core.StartXliffData;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;

/**
 * Reads and writes XLIFF 2.0/2.1 files of plain-text units with Okapi's XLIFF 2 library ({@code okapi-lib-xliff2},
 * embedded in this bundle because its jar has no OSGi manifest).
 *
 * <p>Okapi creates its StAX parser through this bundle's {@link SecureXmlInputFactory} (DTDs and external entities
 * off). It reports no positions, so every file first goes through {@link #screen(String)}: a pass with the same
 * factory that refuses any DOCTYPE (XXE never reaches Okapi), reports well-formedness errors with their line, and notes
 * the line each {@code <unit>} starts on, which is the line given for errors Okapi or the mapping find in that unit.
 *
 * <p>Mapping: one {@code <unit>} per content item, {@code name} = content key (unit ids must be NMTOKENs, which
 * content keys with slashes are not), the source revision and translator as attributes in the PolicyOps namespace,
 * one {@code <segment>} whose {@code state} carries the status: {@code initial} without target = MISSING,
 * {@code initial} with target = IN_PROGRESS, {@code translated}, {@code reviewed} (and {@code final}, read as
 * REVIEWED).
 */
public final class Xliff2 {

    public static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    public static final String POLICYOPS_NS = "urn:policyops:localization:1";
    public static final String MEDIA_TYPE = "application/xliff+xml";

    /** Everything Okapi checks except schema validation, which would parse the file a second time. */
    private static final int VALIDATION = XLIFFReader.VALIDATION_MAXIMAL & ~XLIFFReader.VALIDATION_INCLUDE_SCHEMAS;

    private Xliff2() {
    }

    public static String write(InterchangeDocument doc) {
        StringWriter out = new StringWriter();
        try (XLIFFWriter w = new XLIFFWriter()) {
            w.setLineBreak("\n");
            w.setUseIndentation(true);
            w.create(out, doc.sourceLocale(), doc.targetLocale());
            StartXliffData start = new StartXliffData("2.0");
            start.setSourceLanguage(doc.sourceLocale());
            start.setTargetLanguage(doc.targetLocale());
            start.setNamespace("po", POLICYOPS_NS);
            w.writeStartDocument(start, null);
            w.writeStartFile(new StartFileData("f1"));
            int n = 0;
            for (InterchangeEntry e : doc.entries()) {
                Unit unit = new Unit("u" + (++n));
                unit.setName(e.key());
                if (e.revision() != null) {
                    unit.getExtAttributes().setAttribute(POLICYOPS_NS, "revision", e.revision());
                }
                if (e.translator() != null) {
                    unit.getExtAttributes().setAttribute(POLICYOPS_NS, "translator", e.translator());
                }
                unit.setPreserveWS(true);
                Segment segment = unit.appendSegment();
                segment.setPreserveWS(true);
                segment.setSource(e.source());
                if (e.target() != null) {
                    segment.setTarget(e.target());
                }
                segment.setState(state(e.state()));
                w.writeUnit(unit);
            }
            w.writeEndFile();
            w.writeEndDocument();
        } catch (XLIFFException e) {
            throw new IllegalStateException("could not write XLIFF", e);
        }
        return out.toString();
    }

    private static TargetState state(TranslationState s) {
        return switch (s) {
            case MISSING, IN_PROGRESS -> TargetState.INITIAL;
            case TRANSLATED -> TargetState.TRANSLATED;
            case REVIEWED -> TargetState.REVIEWED;
        };
    }

    /** Parses a file; every problem is an {@link InterchangeException} naming its line (0 when none is known). */
    public static InterchangeDocument read(String xml) {
        List<Integer> unitLines = screen(xml);
        String src = null;
        String trg = null;
        List<InterchangeEntry> entries = new ArrayList<>();
        try (XLIFFReader reader = new XLIFFReader(VALIDATION)) {
            reader.open(xml);
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isStartXliff()) {
                    StartXliffData start = event.getStartXliffData();
                    src = start.getSourceLanguage();
                    trg = start.getTargetLanguage();
                    if (trg == null || trg.isBlank()) {
                        throw new InterchangeException(1, "<xliff> needs trgLang: the locale the file translates into");
                    }
                } else if (event.isUnit()) {
                    int line = entries.size() < unitLines.size() ? unitLines.get(entries.size()) : 0;
                    entries.add(entry(event.getUnit(), line));
                }
            }
        } catch (InterchangeException e) {
            throw e;
        } catch (RuntimeException e) {
            // Okapi's own checks (XLIFF 2 structure, root element, attributes, ids, states, inline codes), whatever
            // exception it chose for them: reported at the unit it was reading.
            int line = entries.size() < unitLines.size() ? unitLines.get(entries.size()) : 0;
            throw new InterchangeException(line, "invalid XLIFF 2: " + message(e), e);
        }
        return new InterchangeDocument(src, trg, entries);
    }

    private static InterchangeEntry entry(Unit unit, int line) {
        String key = unit.getName();
        if (key == null || key.isBlank()) {
            throw new InterchangeException(line, "<unit> needs a name: the PolicyOps content key, e.g. policy/hate-speech/text");
        }
        if (unit.getSegmentCount() != 1) {
            throw new InterchangeException(line, "unit " + key + " has " + unit.getSegmentCount()
                    + " segments; PolicyOps keeps one text per content item");
        }
        Segment segment = unit.getSegment(0);
        String source = text(segment.getSource(), line);
        String target = segment.hasTarget() ? text(segment.getTarget(), line) : null;
        String revision = unit.getExtAttributeValue(POLICYOPS_NS, "revision");
        String translator = unit.getExtAttributeValue(POLICYOPS_NS, "translator");
        return new InterchangeEntry(key, revision, source, target, status(segment.getState(), target, line), translator, line);
    }

    /** The plain text of a source or target; inline codes are refused rather than silently dropped. */
    private static String text(Fragment fragment, int line) {
        if (!fragment.getOwnTags().isEmpty()) {
            throw new InterchangeException(line, "inline markup is not supported: PolicyOps texts are plain text");
        }
        return fragment.getCodedText();
    }

    private static TranslationState status(TargetState state, String target, int line) {
        if (state == null || state == TargetState.INITIAL) {
            return target == null ? TranslationState.MISSING : TranslationState.IN_PROGRESS;
        }
        if (target == null) {
            throw new InterchangeException(line, "a segment in state '" + state + "' needs a <target>");
        }
        return state == TargetState.TRANSLATED ? TranslationState.TRANSLATED : TranslationState.REVIEWED;
    }

    /**
     * The JDK pass before Okapi: refuses DOCTYPEs, reports malformed XML with its line, and returns the line of every
     * XLIFF {@code <unit>} in document order.
     */
    static List<Integer> screen(String xml) {
        // No DTDs and no external entities: an XLIFF file needs neither, and they are how XXE attacks work.
        XMLInputFactory f = new SecureXmlInputFactory();
        List<Integer> lines = new ArrayList<>();
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(new StringReader(xml));
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new InterchangeException(r.getLocation().getLineNumber(), "a DOCTYPE is not allowed in an XLIFF file");
                }
                if (event == XMLStreamConstants.START_ELEMENT && "unit".equals(r.getLocalName()) && NS.equals(r.getNamespaceURI())) {
                    lines.add(r.getLocation().getLineNumber());
                }
            }
            return lines;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new InterchangeException(line, "not well-formed XML: " + cleanMessage(e), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release that matters
                }
            }
        }
    }

    /** The JDK prefixes its messages with "ParseError at [row,col]:[..]"; the line is reported separately. */
    private static String cleanMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = m.indexOf("Message: ");
        return at >= 0 ? m.substring(at + "Message: ".length()).trim() : m.trim();
    }

    /** Okapi wraps parser exceptions; the innermost message is the one that says what is wrong. */
    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        return abbreviate(m.strip(), 300);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
