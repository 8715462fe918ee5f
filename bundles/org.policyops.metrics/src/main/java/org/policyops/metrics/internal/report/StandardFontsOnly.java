package org.policyops.metrics.internal.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font mapper for the reports: every font maps to the Liberation Sans that PDFBox ships. The reports use only
 * the standard PDF fonts, whose metrics PDFBox has; a mapped font would only draw glyphs when a PDF is rendered to an
 * image, which never happens here. PDFBox's default mapper instead scans the system's fonts on first use (seconds,
 * and a cache file in the user's home) and logs a warning for every report where Symbol and ZapfDingbats are missing.
 * PDFBox is embedded privately in this bundle, so setting its mapper affects only this bundle's reports.
 */
final class StandardFontsOnly implements FontMapper {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private volatile TrueTypeFont font;

    private TrueTypeFont font() {
        TrueTypeFont f = font;
        if (f == null) {
            synchronized (this) {
                if (font == null) {
                    try (InputStream in = FontMapper.class.getResourceAsStream(FONT)) {
                        if (in == null) {
                            throw new IOException("missing " + FONT);
                        }
                        font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("PDFBox's Liberation Sans could not be read", e);
                    }
                }
                f = font;
            }
        }
        return f;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font(), false);
    }
}
