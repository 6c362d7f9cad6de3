package cn.zhifa.document;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.template.ElementTemplate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Word templates filled by poi-tl, and the filled .docx laid out as an A4 PDF by {@link PdfLayout} (paragraphs with
 * their alignment, size and weight; tables as ruled grids; running page numbers). Everything runs in the JVM from the
 * project's own files: no office suite, no service to start.
 */
public final class DocumentRenderer {

    /** The rendered pair. */
    public record Rendered(byte[] docx, byte[] pdf, int pages) {
    }

    private DocumentRenderer() {
    }

    /** The document filled from its compiled template ({@link CompiledTemplate}): .docx and PDF (a preview). */
    public static Rendered render(byte[] template, Map<String, String> fields) {
        CompiledTemplate compiled = CompiledTemplate.of(template);
        try (PdfLayout layout = new PdfLayout()) {
            CompiledTemplate.layout(compiled.filled(fields), layout);
            return new Rendered(compiled.docx(fields), numbered(layout), layout.pages());
        }
    }

    /** The .docx of a document, filled from its compiled template — the document of record. */
    static byte[] docx(byte[] template, Map<String, String> fields) {
        return CompiledTemplate.of(template).docx(fields);
    }

    /** A filled .docx laid out as an A4 PDF with its page numbers (the PDF of a generated document, on demand). */
    static Rendered pdf(byte[] docx) {
        try (PdfLayout layout = new PdfLayout()) {
            CompiledTemplate.layoutFilled(docx, layout);
            return new Rendered(docx, numbered(layout), layout.pages());
        }
    }

    /** "第 i 页 共 n 页" on every page, and the PDF's bytes. */
    private static byte[] numbered(PdfLayout layout) {
        int pages = layout.pages();
        layout.footer(0, i -> "第 " + (i + 1) + " 页 共 " + pages + " 页");
        return layout.toBytes();
    }

    /** poi-tl's own fill of a template (the upload check, and the reference the compiled fill is tested against). */
    static byte[] fill(byte[] template, Map<String, String> fields) {
        try (XWPFTemplate t = XWPFTemplate.compile(new ByteArrayInputStream(template), Configure.builder().build());
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            t.render(new java.util.HashMap<String, Object>(fields));
            t.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tag names of a template (poi-tl's parse), in order of appearance. */
    static Set<String> tags(byte[] template) throws IOException {
        try (XWPFTemplate t = XWPFTemplate.compile(new ByteArrayInputStream(template))) {
            Set<String> out = new LinkedHashSet<>();
            for (com.deepoove.poi.template.MetaTemplate m : t.getElementTemplates()) {
                if (m instanceof ElementTemplate e) {
                    out.add(e.getSign() == null || e.getSign() == '\0' ? e.getTagName()
                            : e.getSign() + e.getTagName());
                } else if (m instanceof com.deepoove.poi.template.IterableTemplate it) {
                    out.add(it.getStartMark().getSign() + it.getStartMark().getTagName());
                } else {
                    out.add(m.variable());
                }
            }
            return out;
        }
    }

    /** Lays out an existing .docx (a filled document) on the given layout, as the compiled fill lays out its own. */
    public static void layoutDocx(byte[] docx, PdfLayout layout) {
        CompiledTemplate.layoutFilled(docx, layout);
    }
}
