package org.policyops.metrics.internal.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Turns a report's XHTML into a PDF with openhtmltopdf (embedded in this bundle with its PDFBox). The PDF uses the
 * standard Helvetica fonts, so it embeds no font file and stays small.
 */
public final class ReportPdf {

    static {
        org.apache.pdfbox.pdmodel.font.FontMappers.set(new StandardFontsOnly());
    }

    private ReportPdf() {
    }

    public static byte[] write(String xhtml, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        // The XML and CSS parsers openhtmltopdf creates look for services through the context class loader; in OSGi
        // that is whatever the calling thread had, so it is this bundle's loader while rendering.
        thread.setContextClassLoader(ReportPdf.class.getClassLoader());
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.withHtmlContent(xhtml, null);
            b.withProducer("PolicyOps");
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF of " + title, e);
        } finally {
            thread.setContextClassLoader(before);
        }
        return out.toByteArray();
    }
}
