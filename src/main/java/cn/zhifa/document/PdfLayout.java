package cn.zhifa.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A small A4 page layout on PDFBox: paragraphs (left, centred, right; wrapped per character, so Chinese wraps
 * anywhere), simple tables, images, page breaks. Text is set in WenQuanYi Micro Hei (TrueType outlines, embedded as
 * a subset with its Unicode map, so the PDF's text layer extracts to the same characters). Not thread-safe: one
 * layout per PDF.
 */
public final class PdfLayout implements AutoCloseable {

    public enum Align { LEFT, CENTER, RIGHT }

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN_X = 68;
    static final float MARGIN_TOP = 72;
    static final float MARGIN_BOTTOM = 72;
    private final PDDocument doc;
    private final PDType0Font font;
    private final Map<Integer, Float> widths = DocumentFont.widths();
    private final Map<Integer, Boolean> glyphs = DocumentFont.glyphs();
    private PDPage page;
    private PDPageContentStream out;
    private float y;

    /** A layout: a subset of the characters shown is embedded when saved. */
    public PdfLayout() {
        try {
            doc = new PDDocument();
            font = PDType0Font.load(doc, DocumentFont.full(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PDDocument document() {
        return doc;
    }

    /** The index (0-based) of the current page, opening the first page if none. */
    public int pageIndex() {
        ensurePage();
        return doc.getNumberOfPages() - 1;
    }

    public void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = HEIGHT - MARGIN_TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensurePage() {
        if (out == null) {
            newPage();
        }
    }

    public void space(float points) {
        ensurePage();
        y -= points;
        if (y < MARGIN_BOTTOM) {
            newPage();
        }
    }

    /** A paragraph: lines broken at '\n' and wrapped to the text width; {@code indent} em on the first line. */
    public void paragraph(String text, float size, boolean bold, Align align, float firstIndentEm) {
        ensurePage();
        float lineHeight = size * 1.6f;
        float width = WIDTH - 2 * MARGIN_X;
        for (String raw : (text == null ? "" : text).split("\n", -1)) {
            List<String> lines = wrap(safe(raw), size, width, firstIndentEm * size);
            boolean first = true;
            for (String line : lines) {
                if (y - lineHeight < MARGIN_BOTTOM) {
                    newPage();
                }
                float indent = first ? firstIndentEm * size : 0;
                float w = textWidth(line, size);
                float x = switch (align) {
                    case LEFT -> MARGIN_X + indent;
                    case CENTER -> (WIDTH - w) / 2;
                    case RIGHT -> WIDTH - MARGIN_X - w;
                };
                y -= lineHeight;
                show(line, x, y + size * 0.4f, size, bold);
                first = false;
            }
        }
    }

    /** A table with equal or given relative column widths; cells wrap; rows never split across pages. */
    public void table(List<List<String>> rows, float[] relative, float size) {
        ensurePage();
        float total = WIDTH - 2 * MARGIN_X;
        int cols = rows.stream().mapToInt(List::size).max().orElse(1);
        float[] w = new float[cols];
        float sum = 0;
        for (int i = 0; i < cols; i++) {
            sum += relative != null && relative.length == cols ? relative[i] : 1;
        }
        for (int i = 0; i < cols; i++) {
            w[i] = total * (relative != null && relative.length == cols ? relative[i] : 1) / sum;
        }
        float lineHeight = size * 1.5f;
        for (List<String> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int maxLines = 1;
            for (int i = 0; i < cols; i++) {
                String cell = i < row.size() && row.get(i) != null ? safe(row.get(i)) : "";
                List<String> lines = new ArrayList<>();
                for (String part : cell.split("\n", -1)) {
                    lines.addAll(wrap(part, size, w[i] - 6, 0));
                }
                cells.add(lines);
                maxLines = Math.max(maxLines, lines.size());
            }
            float rowHeight = maxLines * lineHeight + 6;
            float usable = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;
            if (rowHeight > usable) {
                // a cell longer than a page (e.g. 10,000-character facts): print the row as paragraphs instead
                for (int i = 0; i < cols; i++) {
                    paragraph(String.join("", cells.get(i)), size, false, Align.LEFT, 0);
                }
                continue;
            }
            if (y - rowHeight < MARGIN_BOTTOM) {
                newPage();
            }
            float x = MARGIN_X;
            try {
                for (int i = 0; i < cols; i++) {
                    out.addRect(x, y - rowHeight, w[i], rowHeight);
                    out.stroke();
                    float ty = y - 3;
                    for (String line : cells.get(i)) {
                        ty -= lineHeight;
                        show(line, x + 3, ty + size * 0.4f, size, false);
                    }
                    x += w[i];
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            y -= rowHeight;
        }
    }

    /** An image scaled into a box of the given size, left-aligned, on the current line. */
    public void image(byte[] bytes, String name, float maxW, float maxH) {
        ensurePage();
        try {
            PDImageXObject img = PDImageXObject.createFromByteArray(doc, bytes, name);
            float scale = Math.min(maxW / img.getWidth(), maxH / img.getHeight());
            float iw = img.getWidth() * scale;
            float ih = img.getHeight() * scale;
            if (y - ih < MARGIN_BOTTOM) {
                newPage();
            }
            y -= ih;
            out.drawImage(img, MARGIN_X, y, iw, ih);
        } catch (IOException | IllegalArgumentException e) {
            paragraph("（图片无法显示：" + name + "）", 10, false, Align.LEFT, 0);
        }
    }

    /** Writes {@code text} at the bottom right of every page from {@code fromPage} (0-based) on. */
    public void footer(int fromPage, java.util.function.IntFunction<String> text) {
        try {
            closeStream();
            for (int i = fromPage; i < doc.getNumberOfPages(); i++) {
                PDPage p = doc.getPage(i);
                try (PDPageContentStream s = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND,
                        true, true)) {
                    String raw = text.apply(i);
                    if (raw == null || raw.isEmpty()) {
                        continue;
                    }
                    String t = safe(raw);
                    float w = textWidth(t, 9);
                    s.beginText();
                    s.setFont(font, 9);
                    s.newLineAtOffset(WIDTH - MARGIN_X - w, MARGIN_BOTTOM / 2);
                    s.showText(t);
                    s.endText();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int pages() {
        return doc.getNumberOfPages();
    }

    private void closeStream() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    /** Ends the layout and returns the PDF. */
    public byte[] toBytes() {
        try {
            ensurePage();
            closeStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            closeStream();
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(String line, float x, float baseline, float size, boolean bold) {
        if (line.isEmpty()) {
            return;
        }
        try {
            out.beginText();
            out.setFont(font, size);
            if (bold) {
                // the font has one weight: bold is drawn as fill + stroke
                out.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL_STROKE);
                out.setLineWidth(size / 30);
            }
            out.newLineAtOffset(x, baseline);
            out.showText(line);
            out.endText();
            if (bold) {
                out.setLineWidth(1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Characters the font cannot show become '?'; tabs become spaces. */
    private String safe(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\t') {
                sb.append("    ");
            } else if (cp == '\n') {
                sb.append('\n');
            } else if (glyphs.computeIfAbsent(cp, this::hasGlyph)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    private boolean hasGlyph(int cp) {
        if (Character.isISOControl(cp)) {
            return false;
        }
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private List<String> wrap(String text, float size, float width, float firstIndent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float w = firstIndent;
        int[] cps = text.codePoints().toArray();
        for (int cp : cps) {
            float cw = charWidth(cp) * size;
            if (w + cw > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                w = 0;
            }
            line.appendCodePoint(cp);
            w += cw;
        }
        lines.add(line.toString());
        return lines;
    }

    private float textWidth(String s, float size) {
        float w = 0;
        for (int cp : s.codePoints().toArray()) {
            w += charWidth(cp) * size;
        }
        return w;
    }

    private float charWidth(int cp) {
        return widths.computeIfAbsent(cp, c -> {
            try {
                return font.getStringWidth(new String(Character.toChars(c))) / 1000f;
            } catch (IOException | IllegalArgumentException e) {
                return 1f;
            }
        });
    }
}
