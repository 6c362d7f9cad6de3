package cn.zhifa.document;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.template.ElementTemplate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

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

    public static Rendered render(byte[] template, Map<String, String> fields) {
        byte[] docx = fill(template, fields);
        try (PdfLayout layout = new PdfLayout()) {
            layoutDocx(docx, layout);
            int pages = layout.pages();
            layout.footer(0, i -> "第 " + (i + 1) + " 页 共 " + pages + " 页");
            return new Rendered(docx, layout.toBytes(), pages);
        }
    }

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

    /** Lays out an existing .docx (a rendered document) on the given layout. */
    public static void layoutDocx(byte[] docx, PdfLayout layout) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    paragraph(p, layout);
                } else if (e instanceof XWPFTable t) {
                    List<List<String>> rows = new ArrayList<>();
                    for (XWPFTableRow r : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell c : r.getTableCells()) {
                            cells.add(cellText(c));
                        }
                        rows.add(cells);
                    }
                    float[] widths = rows.isEmpty() || rows.get(0).size() != 2 ? null : new float[] {1, 3};
                    layout.table(rows, widths, 10.5f);
                    layout.space(6);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cellText(XWPFTableCell c) {
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph p : c.getParagraphs()) {
            parts.add(text(p));
        }
        return String.join("\n", parts);
    }

    private static void paragraph(XWPFParagraph p, PdfLayout layout) {
        String text = text(p);
        float size = 12;
        boolean bold = false;
        if (!p.getRuns().isEmpty()) {
            XWPFRun r = p.getRuns().get(0);
            Double s = r.getFontSizeAsDouble();
            if (s != null) {
                size = s.floatValue();
            }
            bold = r.isBold();
        }
        if (text.isEmpty()) {
            layout.space(size * 0.8f);
            return;
        }
        ParagraphAlignment a = p.getAlignment();
        PdfLayout.Align align = a == ParagraphAlignment.CENTER ? PdfLayout.Align.CENTER
                : a == ParagraphAlignment.RIGHT || a == ParagraphAlignment.END ? PdfLayout.Align.RIGHT
                        : PdfLayout.Align.LEFT;
        float indentEm = p.getIndentationFirstLine() > 0 ? p.getIndentationFirstLine() / 20f / size : 0;
        layout.paragraph(text, size, bold, align, indentEm);
    }

    /** The paragraph's text with its line breaks. */
    private static String text(XWPFParagraph p) {
        StringBuilder sb = new StringBuilder();
        for (XWPFRun r : p.getRuns()) {
            sb.append(r.text());
        }
        return sb.toString();
    }
}
