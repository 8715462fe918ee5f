package org.policyops.localization.internal.interchange;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.policyops.localization.internal.domain.TranslationState;

/**
 * Reads and writes XLIFF 2.0/2.1 files of plain-text units with the JDK's StAX API.
 *
 * <p>Why not Okapi's XLIFF 2 library: the jar on Maven Central has no OSGi manifest, so it would have to be embedded
 * and proven in Karaf; for plain-text units (no inline codes) the subset below is small, and writing it here keeps
 * control over what matters: no DTDs or external entities (XXE), line numbers in every error, and a lossless round
 * trip of what PolicyOps stores.
 *
 * <p>Mapping: one {@code <unit>} per content item, {@code name} = content key (unit ids must be NMTOKENs, which
 * content keys with slashes are not), the source revision and translator as attributes in the PolicyOps namespace,
 * one {@code <segment>} whose {@code state} carries the status: {@code initial} without target = MISSING,
 * {@code initial} with target = IN_PROGRESS, {@code translated}, {@code reviewed} (and {@code final}, read as
 * REVIEWED). Carriage returns are written as character references so that XML line-end normalisation keeps them.
 */
public final class Xliff2 {

    public static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    public static final String POLICYOPS_NS = "urn:policyops:localization:1";
    public static final String MEDIA_TYPE = "application/xliff+xml";

    private Xliff2() {
    }

    public static String write(InterchangeDocument doc) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("", "xliff", NS);
            w.writeDefaultNamespace(NS);
            w.writeNamespace("po", POLICYOPS_NS);
            w.writeAttribute("version", "2.0");
            w.writeAttribute("srcLang", doc.sourceLocale());
            w.writeAttribute("trgLang", doc.targetLocale());
            w.writeCharacters("\n  ");
            w.writeStartElement(NS, "file");
            w.writeAttribute("id", "f1");
            int n = 0;
            for (InterchangeEntry e : doc.entries()) {
                w.writeCharacters("\n    ");
                w.writeStartElement(NS, "unit");
                w.writeAttribute("id", "u" + (++n));
                w.writeAttribute("name", e.key());
                if (e.revision() != null) {
                    w.writeAttribute(POLICYOPS_NS, "revision", e.revision());
                }
                if (e.translator() != null) {
                    w.writeAttribute(POLICYOPS_NS, "translator", e.translator());
                }
                w.writeCharacters("\n      ");
                w.writeStartElement(NS, "segment");
                w.writeAttribute("state", state(e.state()));
                w.writeCharacters("\n        ");
                text(w, "source", e.source());
                if (e.target() != null) {
                    w.writeCharacters("\n        ");
                    text(w, "target", e.target());
                }
                w.writeCharacters("\n      ");
                w.writeEndElement();
                w.writeCharacters("\n    ");
                w.writeEndElement();
            }
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write XLIFF", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter w, String element, String text) throws XMLStreamException {
        w.writeStartElement(NS, element);
        w.writeAttribute(XMLConstants.XML_NS_URI, "space", "preserve");
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\r') {
                w.writeCharacters(text.substring(from, i));
                w.writeEntityRef("#13");
                from = i + 1;
            }
        }
        w.writeCharacters(text.substring(from));
        w.writeEndElement();
    }

    private static String state(TranslationState s) {
        return switch (s) {
            case MISSING, IN_PROGRESS -> "initial";
            case TRANSLATED -> "translated";
            case REVIEWED -> "reviewed";
        };
    }

    /** Parses a file; every problem is an {@link InterchangeException} naming its line. */
    public static InterchangeDocument read(String xml) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // No DTDs and no external entities: an XLIFF file needs neither, and they are how XXE attacks work.
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(new StringReader(xml));
            return new Parser(r).document();
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

    /** A small recursive-descent reader over the StAX events. */
    private static final class Parser {

        private final XMLStreamReader r;

        Parser(XMLStreamReader r) {
            this.r = r;
        }

        private int line() {
            return r.getLocation().getLineNumber();
        }

        private InterchangeException error(String message) {
            return new InterchangeException(line(), message);
        }

        /** Moves to the next start or end element, refusing DTDs and stray text. */
        private int next() throws XMLStreamException {
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT, XMLStreamConstants.END_DOCUMENT:
                        return event;
                    case XMLStreamConstants.DTD:
                        throw error("a DOCTYPE is not allowed in an XLIFF file");
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA:
                        if (!r.isWhiteSpace()) {
                            throw error("unexpected text '" + abbreviate(r.getText().trim()) + "'");
                        }
                        break;
                    default:
                        break;
                }
            }
            return XMLStreamConstants.END_DOCUMENT;
        }

        private void expectStart(String name) throws XMLStreamException {
            if (next() != XMLStreamConstants.START_ELEMENT || !NS.equals(r.getNamespaceURI()) || !name.equals(r.getLocalName())) {
                throw error("expected <" + name + "> in the XLIFF 2 namespace " + NS + here());
            }
        }

        private String here() {
            return r.isStartElement() ? " but found <" + r.getLocalName() + ">"
                    : r.isEndElement() ? " but found </" + r.getLocalName() + ">" : "";
        }

        private String required(String attribute) {
            String v = r.getAttributeValue(null, attribute);
            if (v == null || v.isBlank()) {
                throw error("<" + r.getLocalName() + "> needs the attribute " + attribute);
            }
            return v;
        }

        InterchangeDocument document() throws XMLStreamException {
            expectStart("xliff");
            String version = required("version");
            if (!version.startsWith("2.")) {
                throw error("only XLIFF 2.x is supported (version was " + version + ")");
            }
            String src = required("srcLang");
            String trg = r.getAttributeValue(null, "trgLang");
            if (trg == null || trg.isBlank()) {
                throw error("<xliff> needs trgLang: the locale the file translates into");
            }
            List<InterchangeEntry> entries = new ArrayList<>();
            while (next() == XMLStreamConstants.START_ELEMENT) {
                if (!NS.equals(r.getNamespaceURI()) || !"file".equals(r.getLocalName())) {
                    throw error("expected <file>" + here());
                }
                file(entries);
            }
            return new InterchangeDocument(src, trg, entries);
        }

        private void file(List<InterchangeEntry> entries) throws XMLStreamException {
            while (next() == XMLStreamConstants.START_ELEMENT) {
                if (!NS.equals(r.getNamespaceURI())) {
                    skip(); // modules and extensions (metadata, notes of other tools) carry nothing we store
                    continue;
                }
                switch (r.getLocalName()) {
                    case "unit" -> entries.add(unit());
                    case "notes", "skeleton" -> skip();
                    case "group" -> file(entries);
                    default -> throw error("unexpected <" + r.getLocalName() + "> in <file>");
                }
            }
        }

        private InterchangeEntry unit() throws XMLStreamException {
            int line = line();
            String key = r.getAttributeValue(null, "name");
            if (key == null || key.isBlank()) {
                throw error("<unit> needs a name: the PolicyOps content key, e.g. policy/hate-speech/text");
            }
            String revision = r.getAttributeValue(POLICYOPS_NS, "revision");
            String translator = r.getAttributeValue(POLICYOPS_NS, "translator");
            String state = null;
            String source = null;
            String target = null;
            int segments = 0;
            while (next() == XMLStreamConstants.START_ELEMENT) {
                if (!NS.equals(r.getNamespaceURI()) || "notes".equals(r.getLocalName()) || "originalData".equals(r.getLocalName())) {
                    skip();
                    continue;
                }
                if (!"segment".equals(r.getLocalName())) {
                    throw error("unexpected <" + r.getLocalName() + "> in unit " + key);
                }
                if (++segments > 1) {
                    throw error("unit " + key + " has more than one segment; PolicyOps keeps one text per content item");
                }
                state = r.getAttributeValue(null, "state");
                while (next() == XMLStreamConstants.START_ELEMENT) {
                    if (!NS.equals(r.getNamespaceURI())) {
                        skip();
                    } else if ("source".equals(r.getLocalName())) {
                        source = text();
                    } else if ("target".equals(r.getLocalName())) {
                        target = text();
                    } else {
                        throw error("unexpected <" + r.getLocalName() + "> in a segment");
                    }
                }
            }
            if (source == null) {
                throw new InterchangeException(line, "unit " + key + " has no <source>");
            }
            return new InterchangeEntry(key, revision, source, target, status(state, target, line), translator, line);
        }

        private static TranslationState status(String state, String target, int line) {
            if (state == null || state.equals("initial")) {
                return target == null ? TranslationState.MISSING : TranslationState.IN_PROGRESS;
            }
            if (target == null) {
                throw new InterchangeException(line, "a segment in state '" + state + "' needs a <target>");
            }
            return switch (state) {
                case "translated" -> TranslationState.TRANSLATED;
                case "reviewed", "final" -> TranslationState.REVIEWED;
                default -> throw new InterchangeException(line,
                        "unknown segment state '" + state + "' (use initial, translated, reviewed or final)");
            };
        }

        /** The plain text of a source or target; inline codes are refused rather than silently dropped. */
        private String text() throws XMLStreamException {
            StringBuilder sb = new StringBuilder();
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE:
                        sb.append(r.getText());
                        break;
                    case XMLStreamConstants.START_ELEMENT:
                        throw error("inline markup <" + r.getLocalName() + "> is not supported: PolicyOps texts are plain text");
                    case XMLStreamConstants.END_ELEMENT:
                        return sb.toString();
                    default:
                        break;
                }
            }
            throw error("the file ends inside a text");
        }

        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0 && r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.DTD) {
                    throw error("a DOCTYPE is not allowed in an XLIFF file");
                }
            }
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
