package org.policyops.localization.internal.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyops.localization.internal.domain.TranslationState;

/** XLIFF 2 and PO: lossless round trips, and malformed files refused with the line at fault. */
class InterchangeTest {

    static final String TRICKY = "Line one & <two> \"quoted\" 'single'\r\nWindows line\nUnix line\ttab \\ backslash é 日本語 🚫 ]]>";

    static InterchangeDocument sample() {
        return new InterchangeDocument("en", "de", List.of(
                new InterchangeEntry("policy/hate-speech/text", "aaaa1111", TRICKY, "Übersetzt: " + TRICKY, TranslationState.REVIEWED, "h.schmidt", 0),
                new InterchangeEntry("policy/hate-speech/statement-of-reasons", "bbbb2222", "We restricted {policy}.",
                        "Wir haben {policy} eingeschränkt.", TranslationState.TRANSLATED, null, 0),
                new InterchangeEntry("policy/child-safety/text", "cccc3333", "Child safety", "Kinder", TranslationState.IN_PROGRESS, "a b", 0),
                new InterchangeEntry("policy/misinformation/text", "dddd4444", "Misinformation\n", null, TranslationState.MISSING, null, 0),
                new InterchangeEntry("policy/x/text", null, "", "", TranslationState.TRANSLATED, null, 0)));
    }

    /** Compares everything but the line numbers, which only a parsed document has. */
    static void assertSameContent(InterchangeDocument expected, InterchangeDocument actual) {
        assertEquals(expected.sourceLocale(), actual.sourceLocale());
        assertEquals(expected.targetLocale(), actual.targetLocale());
        assertEquals(expected.entries().size(), actual.entries().size());
        for (int i = 0; i < expected.entries().size(); i++) {
            InterchangeEntry e = expected.entries().get(i);
            InterchangeEntry a = actual.entries().get(i);
            assertEquals(new InterchangeEntry(e.key(), e.revision(), e.source(), e.target(), e.state(), e.translator(), 0),
                    new InterchangeEntry(a.key(), a.revision(), a.source(), a.target(), a.state(), a.translator(), 0), "entry " + i);
        }
    }

    @Test
    void xliffRoundTripsWithoutLoss() {
        // An empty target cannot be told from "none" in PO; XLIFF keeps it, so the XLIFF sample keeps it too.
        String xml = Xliff2.write(sample());
        assertTrue(xml.contains("srcLang=\"en\"") && xml.contains("trgLang=\"de\""), xml);
        assertTrue(xml.contains("state=\"reviewed\""), xml);
        InterchangeDocument read = Xliff2.read(xml);
        assertSameContent(sample(), read);
        assertEquals(xml, Xliff2.write(read), "writing what was read gives the same file");
    }

    @Test
    void poRoundTripsWithoutLoss() {
        List<InterchangeEntry> entries = sample().entries().subList(0, 4);
        InterchangeDocument doc = new InterchangeDocument("en", "de", entries);
        String po = Po.write(doc);
        assertTrue(po.contains("msgctxt \"policy/hate-speech/text\""), po);
        assertTrue(po.contains("#, fuzzy"), po);
        InterchangeDocument read = Po.read(po);
        assertSameContent(doc, read);
        assertEquals(po, Po.write(read));
        int msgctxtLine = List.of(po.split("\n", -1)).indexOf("msgctxt \"policy/hate-speech/text\"") + 1;
        assertTrue(msgctxtLine > 1, po);
        assertEquals(msgctxtLine, read.entries().get(0).line(), "an entry's line is where its first keyword is");
    }

    @Test
    void xliffErrorsNameTheLine() {
        String broken = "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"de\">\n"
                + "<file id=\"f\">\n<unit id=\"u1\" name=\"k\">\n<segment><source>a</source>\n</unit>\n</file></xliff>";
        InterchangeException e = assertThrows(InterchangeException.class, () -> Xliff2.read(broken));
        assertEquals(6, e.line(), e.getMessage());

        String noName = broken.replace(" name=\"k\"", "").replace("</source>\n</unit>", "</source></segment>\n</unit>");
        InterchangeException e2 = assertThrows(InterchangeException.class, () -> Xliff2.read(noName));
        assertEquals(4, e2.line());
        assertTrue(e2.getMessage().contains("name"), e2.getMessage());

        String inline = noName.replace("<unit id=\"u1\">", "<unit id=\"u1\" name=\"k\">").replace("<source>a</source>", "<source>a <ph id=\"1\"/></source>");
        InterchangeException e3 = assertThrows(InterchangeException.class, () -> Xliff2.read(inline));
        assertTrue(e3.getMessage().contains("inline markup"), e3.getMessage());

        assertThrows(InterchangeException.class, () -> Xliff2.read(broken.replace("version=\"2.0\"", "version=\"1.2\"")));
    }

    @Test
    void xliffRefusesDoctypesAndExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"de\">"
                + "<file id=\"f\"><unit id=\"u\" name=\"k\"><segment><source>&x;</source></segment></unit></file></xliff>";
        InterchangeException e = assertThrows(InterchangeException.class, () -> Xliff2.read(xxe));
        assertTrue(e.line() >= 2, "line " + e.line());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void okapiFindsThisBundlesSecureParserFactory() throws Exception {
        // The lookup Okapi's XLIFFReader makes; in Karaf it has no JDK fallback (see SecureXmlInputFactory).
        javax.xml.stream.XMLInputFactory f = javax.xml.stream.XMLInputFactory.newFactory(
                "javax.xml.stream.XMLInputFactory", net.sf.okapi.lib.xliff2.reader.XLIFFReader.class.getClassLoader());
        assertTrue(f instanceof SecureXmlInputFactory, f.getClass().getName());
        assertEquals(Boolean.FALSE, f.getProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES));
        assertThrows(IllegalArgumentException.class, () -> f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, true));
    }

    @Test
    void xliffStructureErrorsFoundByOkapiNameTheUnitsLine() {
        String doc = "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"de\">\n"
                + "<file id=\"f\">\n<unit id=\"u1\" name=\"a\"><segment><source>a</source></segment></unit>\n"
                + "<unit id=\"u1\" name=\"b\"><segment><source>b</source></segment></unit>\n</file></xliff>";
        assertEquals(2, Xliff2.read(doc.replace("id=\"u1\" name=\"b\"", "id=\"u2\" name=\"b\"")).entries().size());
        InterchangeException duplicate = assertThrows(InterchangeException.class, () -> Xliff2.read(doc));
        assertEquals(5, duplicate.line(), duplicate.getMessage());
        assertTrue(duplicate.getMessage().contains("u1"), duplicate.getMessage());
    }

    @Test
    void poErrorsNameTheLine() {
        String header = "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\n";
        InterchangeException quote = assertThrows(InterchangeException.class,
                () -> Po.read(header + "msgctxt \"k\"\nmsgid \"a\"\nmsgstr \"b\n"));
        assertEquals(7, quote.line(), quote.getMessage());

        InterchangeException plural = assertThrows(InterchangeException.class,
                () -> Po.read(header + "msgctxt \"k\"\nmsgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"b\"\n"));
        assertEquals(5, plural.line(), plural.getMessage());
        assertTrue(plural.getMessage().contains("plural"));

        InterchangeException noContext = assertThrows(InterchangeException.class,
                () -> Po.read(header + "msgid \"a\"\nmsgstr \"b\"\n"));
        assertEquals(5, noContext.line());

        InterchangeException noLanguage = assertThrows(InterchangeException.class,
                () -> Po.read("msgid \"\"\nmsgstr \"Project-Id-Version: x\\n\"\n"));
        assertTrue(noLanguage.getMessage().contains("Language"), noLanguage.getMessage());

        InterchangeException escape = assertThrows(InterchangeException.class,
                () -> Po.read(header + "# translator: a\nmsgctxt \"k\"\nmsgid \"a\\q\"\nmsgstr \"b\"\n"));
        assertEquals(7, escape.line(), escape.getMessage());

        InterchangeException twice = assertThrows(InterchangeException.class,
                () -> Po.read(header + "msgctxt \"k\"\nmsgid \"a\"\nmsgstr \"b\"\n\nmsgctxt \"k\"\nmsgid \"a\"\nmsgstr \"c\"\n"));
        assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
    }

    @Test
    void poReadsWhatGettextToolsWrite() {
        String po = "# Translators' file\nmsgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\"Plural-Forms: nplurals=2;\\n\"\n\n"
                + "#: src/x.c:1\n#, c-format, fuzzy\nmsgctxt \"policy/a/text\"\nmsgid \"\"\n\"Hello\\n\"\n\"world\"\nmsgstr \"Bonjour\\nmonde\"\n\n"
                + "#~ msgctxt \"old\"\n#~ msgid \"gone\"\n#~ msgstr \"parti\"\n";
        InterchangeDocument d = Po.read(po);
        assertEquals("fr", d.targetLocale());
        assertEquals(1, d.entries().size());
        InterchangeEntry e = d.entries().get(0);
        assertEquals("Hello\nworld", e.source());
        assertEquals("Bonjour\nmonde", e.target());
        assertEquals(TranslationState.IN_PROGRESS, e.state());
    }
}
