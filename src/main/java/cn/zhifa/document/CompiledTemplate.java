package cn.zhifa.document;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word template parsed once: poi-tl fills every placeholder with a marker (its name between two private-use
 * characters), and the result is kept as the parts of the .docx (those with markers as text) and as the
 * blocks the PDF is laid out from. Filling a document is then a substitution of the markers — XML-escaped in the
 * .docx, a line break as {@code <w:br/>} just as poi-tl writes it — with no Word parsing per document. The output is
 * the same as poi-tl's fill followed by a parse of the filled file (tested), at a fraction of the cost. Compiled
 * templates are kept per content hash (a template version never changes), at most {@value #CACHE} of them.
 */
final class CompiledTemplate {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final int CACHE = 256;
    private static final Map<String, CompiledTemplate> COMPILED = new ConcurrentHashMap<>();
    /** By the template's array itself (identity, weakly held): a template loaded once and used again is not hashed. */
    private static final Map<byte[], CompiledTemplate> SAME_ARRAY = java.util.Collections
            .synchronizedMap(new java.util.WeakHashMap<>());

    /** A paragraph or a table of the template, its texts with markers. */
    sealed interface Block permits Para, Table {
    }

    record Para(String text, float size, boolean bold, PdfLayout.Align align, float indentEm) implements Block {
    }

    record Table(List<List<String>> rows, float[] widths) implements Block {
    }

    /** The .docx's parts in order: deflated as they are, or text with markers (the body, headers, footers). */
    private final List<Map.Entry<String, Object>> parts;
    private final List<Block> blocks;
    private final Set<String> stated;

    private CompiledTemplate(List<Map.Entry<String, Object>> parts, List<Block> blocks) {
        this.parts = parts;
        this.blocks = blocks;
        Set<String> found = new HashSet<>();
        for (Map.Entry<String, Object> part : parts) {
            if (part.getValue() instanceof String xml) {
                for (int open = xml.indexOf(OPEN); open >= 0; open = xml.indexOf(OPEN, open + 1)) {
                    int close = xml.indexOf(CLOSE, open);
                    if (close > open) {
                        found.add(xml.substring(open + 1, close));
                    }
                }
            }
        }
        this.stated = Set.copyOf(found);
    }

    /** The placeholders the template states (the fields a document filled from it shows). */
    Set<String> stated() {
        return stated;
    }

    static CompiledTemplate of(byte[] template) {
        CompiledTemplate same = SAME_ARRAY.get(template); // the shipped defaults: one array each, no hashing per use
        if (same != null) {
            return same;
        }
        String key = sha256(template);
        CompiledTemplate c = COMPILED.get(key);
        if (c == null) {
            c = compile(template);
            if (COMPILED.size() >= CACHE) {
                COMPILED.clear();
            }
            COMPILED.put(key, c);
        }
        SAME_ARRAY.put(template, c);
        return c;
    }

    private static CompiledTemplate compile(byte[] template) {
        Map<String, Object> markers = new HashMap<>();
        for (String field : DocumentFields.ALL.keySet()) {
            markers.put(field, OPEN + field + CLOSE);
        }
        byte[] marked;
        try (XWPFTemplate t = XWPFTemplate.compile(new ByteArrayInputStream(template), Configure.builder().build());
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            t.render(markers);
            t.write(out);
            marked = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map.Entry<String, Object>> parts = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(marked))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                String text = e.getName().endsWith(".xml") ? new String(bytes, StandardCharsets.UTF_8) : null;
                if (text != null && text.indexOf(OPEN) >= 0) {
                    // a filled value keeps its leading and trailing spaces in Word
                    parts.add(Map.entry(e.getName(), text.replace("<w:t>" + OPEN,
                            "<w:t xml:space=\"preserve\">" + OPEN)));
                } else {
                    parts.add(Map.entry(e.getName(), DocxZip.Entry.of(e.getName(), bytes))); // deflated once
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CompiledTemplate(List.copyOf(parts), blocks(marked));
    }

    /** The filled .docx: the parts with fields deflated now, the others as deflated at compile ({@link DocxZip}). */
    byte[] docx(Map<String, String> fields) {
        List<DocxZip.Entry> entries = new ArrayList<>(parts.size());
        for (Map.Entry<String, Object> part : parts) {
            entries.add(part.getValue() instanceof String xml
                    ? DocxZip.Entry.filled(part.getKey(), substitute(xml, fields, true).getBytes(StandardCharsets.UTF_8))
                    : (DocxZip.Entry) part.getValue());
        }
        return DocxZip.write(entries);
    }

    /** The template's blocks with the fields' values in place of the markers. */
    List<Block> filled(Map<String, String> fields) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Para p) {
                out.add(new Para(substitute(p.text(), fields, false), p.size(), p.bold(), p.align(), p.indentEm()));
            } else if (b instanceof Table t) {
                List<List<String>> rows = new ArrayList<>(t.rows().size());
                for (List<String> row : t.rows()) {
                    List<String> cells = new ArrayList<>(row.size());
                    for (String cell : row) {
                        cells.add(substitute(cell, fields, false));
                    }
                    rows.add(cells);
                }
                out.add(new Table(rows, t.widths()));
            }
        }
        return out;
    }

    /** Lays filled blocks out on {@code layout}. */
    static void layout(List<Block> filled, PdfLayout layout) {
        for (Block b : filled) {
            if (b instanceof Para p) {
                if (p.text().isEmpty()) {
                    layout.space(p.size() * 0.8f);
                } else {
                    layout.paragraph(p.text(), p.size(), p.bold(), p.align(), p.indentEm());
                }
            } else if (b instanceof Table t) {
                layout.table(t.rows(), t.widths(), 10.5f);
                layout.space(6);
            }
        }
    }

    /** Lays out an already filled .docx (no markers) on {@code layout}: read by {@link DocxBlocks}, else by POI. */
    static void layoutFilled(byte[] docx, PdfLayout layout) {
        layout(DocxBlocks.read(docx).orElseGet(() -> blocks(docx)), layout);
    }

    /** Replaces every marker by its field's value (empty when absent), escaped for XML when {@code xml}. */
    private static String substitute(String s, Map<String, String> fields, boolean xml) {
        int open = s.indexOf(OPEN);
        if (open < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 256);
        int from = 0;
        while (open >= 0) {
            int close = s.indexOf(CLOSE, open);
            if (close < 0) {
                break;
            }
            sb.append(s, from, open);
            String value = fields.get(s.substring(open + 1, close));
            if (value != null) {
                if (xml) {
                    appendXml(sb, value);
                } else {
                    sb.append(value);
                }
            }
            from = close + 1;
            open = s.indexOf(OPEN, from);
        }
        return sb.append(s, from, s.length()).toString();
    }

    /** Text for a {@code <w:t>}: escaped; a line break closes the text, adds a {@code <w:br/>} and reopens it. */
    private static void appendXml(StringBuilder sb, String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append("</w:t><w:br/><w:t xml:space=\"preserve\">");
                case '\r' -> { }
                default -> sb.append(ch);
            }
        }
    }

    /** The blocks of a .docx as POI reads it (the marked template, or a filled document {@link DocxBlocks} won't read). */
    static List<Block> blocks(byte[] docx) {
        List<Block> out = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    out.add(para(p));
                } else if (e instanceof XWPFTable t) {
                    List<List<String>> rows = new ArrayList<>();
                    for (XWPFTableRow r : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell c : r.getTableCells()) {
                            List<String> lines = new ArrayList<>();
                            for (XWPFParagraph cp : c.getParagraphs()) {
                                lines.add(text(cp));
                            }
                            cells.add(String.join("\n", lines));
                        }
                        rows.add(List.copyOf(cells));
                    }
                    float[] widths = rows.isEmpty() || rows.get(0).size() != 2 ? null : new float[] {1, 3};
                    out.add(new Table(List.copyOf(rows), widths));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    private static Para para(XWPFParagraph p) {
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
        ParagraphAlignment a = p.getAlignment();
        PdfLayout.Align align = a == ParagraphAlignment.CENTER ? PdfLayout.Align.CENTER
                : a == ParagraphAlignment.RIGHT || a == ParagraphAlignment.END ? PdfLayout.Align.RIGHT
                        : PdfLayout.Align.LEFT;
        float indentEm = p.getIndentationFirstLine() > 0 ? p.getIndentationFirstLine() / 20f / size : 0;
        return new Para(text(p), size, bold, align, indentEm);
    }

    /** The paragraph's text with its line breaks. */
    static String text(XWPFParagraph p) {
        StringBuilder sb = new StringBuilder();
        for (XWPFRun r : p.getRuns()) {
            sb.append(r.text());
        }
        return sb.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
