package cn.zhifa.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The blocks of a filled .docx read straight from {@code word/document.xml} with a streaming parser — what POI's
 * {@code XWPFDocument} reads for the layout ({@link CompiledTemplate#blocks}), at a fraction of the cost (POI's parse
 * was most of a dossier's CPU). Only the plain structure the layout uses is read here: body paragraphs and tables;
 * runs with text, tabs and breaks; a paragraph's alignment and first-line indent; a first run's size and weight.
 * Anything else (hyperlinks, fields, tracked changes, content controls, drawings, nested tables, …) answers empty, and
 * the caller reads the document with POI instead. Equal to POI's reading for every shipped template, hostile text
 * included (tested).
 */
final class DocxBlocks {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final XMLInputFactory XML = factory();
    /** Elements with nothing the layout reads; skipped whole. */
    private static final Set<String> SKIP_BODY = Set.of("sectPr", "bookmarkStart", "bookmarkEnd", "proofErr");
    private static final Set<String> SKIP_PARA = Set.of("bookmarkStart", "bookmarkEnd", "proofErr");
    private static final Set<String> SKIP_TABLE = Set.of("tblPr", "tblGrid", "trPr", "tblPrEx", "tcPr",
            "bookmarkStart", "bookmarkEnd");

    /** Thrown inside the reader when the document has structure it does not read. */
    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private DocxBlocks() {
    }

    /** The document's blocks, or empty when it has structure only POI reads. */
    static Optional<List<CompiledTemplate.Block>> read(byte[] docx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return Optional.of(body(zip));
                }
            }
            return Optional.empty();
        } catch (Unsupported | XMLStreamException | RuntimeException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CompiledTemplate.Block> body(InputStream in) throws XMLStreamException, Unsupported {
        XMLStreamReader x = XML.createXMLStreamReader(in, "UTF-8");
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && isW(x, "body")) {
                    List<CompiledTemplate.Block> out = new ArrayList<>();
                    while (nextChild(x)) {
                        String name = x.getLocalName();
                        if (!W.equals(x.getNamespaceURI())) {
                            throw new Unsupported();
                        } else if (name.equals("p")) {
                            out.add(paragraph(x));
                        } else if (name.equals("tbl")) {
                            out.add(table(x));
                        } else if (SKIP_BODY.contains(name)) {
                            skip(x);
                        } else {
                            throw new Unsupported();
                        }
                    }
                    return List.copyOf(out);
                }
            }
            throw new Unsupported();
        } finally {
            x.close();
        }
    }

    /** A paragraph as {@code CompiledTemplate.para} reads it (the reader is on its start; leaves it on its end). */
    private static CompiledTemplate.Para paragraph(XMLStreamReader x) throws XMLStreamException, Unsupported {
        StringBuilder text = new StringBuilder();
        float size = 12;
        boolean bold = false;
        boolean firstRun = true;
        PdfLayout.Align align = PdfLayout.Align.LEFT;
        int firstLine = -1;
        while (nextChild(x)) {
            String name = localW(x);
            if (name.equals("pPr")) {
                while (nextChild(x)) {
                    String p = localW(x);
                    if (p.equals("jc")) {
                        String v = attr(x, "val");
                        align = "center".equals(v) ? PdfLayout.Align.CENTER
                                : "right".equals(v) || "end".equals(v) ? PdfLayout.Align.RIGHT : PdfLayout.Align.LEFT;
                    } else if (p.equals("ind") && attr(x, "firstLine") != null) {
                        firstLine = Integer.parseInt(attr(x, "firstLine"));
                    }
                    skip(x);
                }
            } else if (name.equals("r")) {
                float[] runSize = {Float.NaN};
                boolean runBold = run(x, text, runSize);
                if (firstRun) {
                    size = Float.isNaN(runSize[0]) ? 12 : runSize[0];
                    bold = runBold;
                    firstRun = false;
                }
            } else if (SKIP_PARA.contains(name)) {
                skip(x);
            } else {
                throw new Unsupported();
            }
        }
        float indentEm = firstLine > 0 ? firstLine / 20f / size : 0;
        return new CompiledTemplate.Para(text.toString(), size, bold, align, indentEm);
    }

    /** A run's text into {@code text}; its size into {@code size[0]} when set; whether it is bold. */
    private static boolean run(XMLStreamReader x, StringBuilder text, float[] size)
            throws XMLStreamException, Unsupported {
        boolean bold = false;
        while (nextChild(x)) {
            switch (localW(x)) {
                case "rPr" -> {
                    while (nextChild(x)) {
                        String p = localW(x);
                        if (p.equals("b")) {
                            String v = attr(x, "val");
                            bold = v == null || v.equals("true") || v.equals("1") || v.equals("on");
                        } else if (p.equals("sz")) {
                            size[0] = Integer.parseInt(attr(x, "val")) / 2f;
                        }
                        skip(x);
                    }
                }
                case "t" -> text.append(x.getElementText());
                case "tab", "ptab" -> {
                    text.append('\t');
                    skip(x);
                }
                case "br", "cr" -> {
                    text.append('\n');
                    skip(x);
                }
                case "lastRenderedPageBreak" -> skip(x);
                default -> throw new Unsupported();
            }
        }
        return bold;
    }

    /** A table as {@code CompiledTemplate.blocks} reads it: cells' paragraphs joined by line breaks. */
    private static CompiledTemplate.Table table(XMLStreamReader x) throws XMLStreamException, Unsupported {
        List<List<String>> rows = new ArrayList<>();
        while (nextChild(x)) {
            String name = localW(x);
            if (name.equals("tr")) {
                List<String> cells = new ArrayList<>();
                while (nextChild(x)) {
                    String c = localW(x);
                    if (c.equals("tc")) {
                        List<String> lines = new ArrayList<>();
                        while (nextChild(x)) {
                            String p = localW(x);
                            if (p.equals("p")) {
                                lines.add(paragraph(x).text());
                            } else if (SKIP_TABLE.contains(p)) {
                                skip(x);
                            } else {
                                throw new Unsupported();
                            }
                        }
                        cells.add(String.join("\n", lines));
                    } else if (SKIP_TABLE.contains(c)) {
                        skip(x);
                    } else {
                        throw new Unsupported();
                    }
                }
                rows.add(List.copyOf(cells));
            } else if (SKIP_TABLE.contains(name)) {
                skip(x);
            } else {
                throw new Unsupported();
            }
        }
        float[] widths = rows.isEmpty() || rows.get(0).size() != 2 ? null : new float[] {1, 3};
        return new CompiledTemplate.Table(List.copyOf(rows), widths);
    }

    /** Moves to the next child element of the current one (true), or to the current one's end (false). */
    private static boolean nextChild(XMLStreamReader x) throws XMLStreamException {
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    /** Skips the current element to its end. */
    private static void skip(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String localW(XMLStreamReader x) throws Unsupported {
        if (!W.equals(x.getNamespaceURI())) {
            throw new Unsupported();
        }
        return x.getLocalName();
    }

    private static boolean isW(XMLStreamReader x, String name) {
        return W.equals(x.getNamespaceURI()) && name.equals(x.getLocalName());
    }

    private static String attr(XMLStreamReader x, String name) {
        return x.getAttributeValue(W, name);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
