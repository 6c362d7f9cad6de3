package cn.zhifa.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The default templates filled and laid out without a database: Chinese text survives docx and PDF. */
class DocumentRendererTest {

    static Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        DocumentData.FIELDS.keySet().forEach(k -> m.put(k, ""));
        m.put("unitName", "朝阳街道综合行政执法队");
        m.put("title", "行政处罚决定书");
        m.put("docNo", "朝综执罚决字〔2026〕第0005号");
        m.put("partyName", "张三");
        m.put("partyAddress", "朝阳路1号");
        m.put("facts", "当事人在朝阳路1号门前占道经营<script>alert(1)</script>");
        m.put("penalty", "罚款" + ChineseAmount.of(new java.math.BigDecimal("600")));
        m.put("remedy", "如不服本决定，可以在收到本决定书之日起六十日内向北京市朝阳区人民政府申请行政复议");
        return m;
    }

    static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        }
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("[\\r\\n ]", "");
        }
    }

    @Test
    void decisionRendersAsDocxAndPdfWithTheSameCharacters() throws Exception {
        DocumentRenderer.Rendered r = DocumentRenderer.render(DefaultTemplates.build(DocumentType.DECISION), fields());
        String docx = docxText(r.docx());
        assertThat(docx).contains("朝综执罚决字〔2026〕第0005号", "罚款人民币陆佰元整（¥600.00）", "<script>alert(1)</script>")
                .doesNotContain("{{");
        String pdf = pdfText(r.pdf());
        assertThat(pdf).contains("朝综执罚决字〔2026〕第0005号", "罚款人民币陆佰元整（¥600.00）",
                "<script>alert(1)</script>", "行政处罚决定书", "第1页共1页");
        try (PDDocument d = Loader.loadPDF(r.pdf())) {
            assertThat(d.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(d.getPage(0).getResources().getFontNames()).isNotEmpty();
        }
    }

    @Test
    void everyDefaultTemplateUsesKnownFieldsOnly() throws Exception {
        for (DocumentType t : DocumentType.values()) {
            assertThat(DocumentRenderer.tags(DefaultTemplates.build(t))).as(t.name())
                    .isSubsetOf(DocumentData.FIELDS.keySet()).contains("unitName");
        }
    }

    @Test
    void longHostileFactsWrapOverPages() throws Exception {
        Map<String, String> f = fields();
        f.put("facts", DocumentText.clean("事实\u0000\u0007" + "占".repeat(10_000)));
        DocumentRenderer.Rendered r = DocumentRenderer.render(DefaultTemplates.build(DocumentType.DECISION), f);
        assertThat(r.pages()).isGreaterThan(3);
        assertThat(pdfText(r.pdf())).contains("占".repeat(500));
    }

    /**
     * The compiled fill (markers substituted, no Word parsing per document) gives what poi-tl's own fill gives, for
     * every kind, with markup, quotes, ampersands, line breaks, leading spaces and a long text in every field: the
     * same text in the .docx (Word's extractor) and in the PDF, and a .docx Word's parser opens.
     */
    @Test
    void compiledFillEqualsPoiTlFillInEveryKind() throws Exception {
        for (DocumentType t : DocumentType.values()) {
            byte[] template = DefaultTemplates.build(t);
            Map<String, String> f = new LinkedHashMap<>();
            DocumentData.FIELDS.keySet().forEach(k -> f.put(k,
                    "  " + k + "：<b>\"甲\" & 'x'</b>\n第二行\n\n第四行 " + "长".repeat(300) + "  "));
            byte[] reference = DocumentRenderer.fill(template, f);
            DocumentRenderer.Rendered r = DocumentRenderer.render(template, f);
            assertThat(docxText(r.docx())).as(t.name()).isEqualTo(docxText(reference));
            byte[] referencePdf;
            try (PdfLayout layout = new PdfLayout()) {
                DocumentRenderer.layoutDocx(reference, layout);
                int pages = layout.pages();
                layout.footer(0, i -> "第 " + (i + 1) + " 页 共 " + pages + " 页");
                referencePdf = layout.toBytes();
            }
            assertThat(pdfText(r.pdf())).as(t.name()).isEqualTo(pdfText(referencePdf))
                    .contains("<b>\"甲\"&'x'</b>第二行");
            // the PDF a user downloads is laid out from the stored .docx: the same text as the preview's
            assertThat(pdfText(DocumentRenderer.pdf(r.docx()).pdf())).as(t.name() + ": PDF from the stored .docx")
                    .isEqualTo(pdfText(r.pdf()));
        }
    }

    /**
     * Every kind, every field hostile (markup, a template tag, control characters) and the facts 10,000 characters:
     * each renders, the markup and the tag come out as the same text in the .docx and the PDF, no control character
     * survives, and the long text is all there.
     */
    @Test
    void hostileTextRendersAsTextInEveryKind() throws Exception {
        String hostile = "<script>alert('x')</script>{{unitName}}&lt;b&gt;\u0000\u0007\u001b";
        for (DocumentType t : DocumentType.values()) {
            Map<String, String> f = new LinkedHashMap<>();
            DocumentData.FIELDS.keySet().forEach(k -> f.put(k, DocumentText.clean(k + ":" + hostile)));
            f.put("facts", DocumentText.clean("事实" + hostile + "占".repeat(10_000) + "完"));
            // as stored: the .docx, and the PDF laid out from it on download
            DocumentRenderer.Rendered r = DocumentRenderer.pdf(DocumentRenderer.docx(DefaultTemplates.build(t), f));
            String docx = docxText(r.docx());
            String pdf = pdfText(r.pdf()).replaceAll("第\\d+页共\\d+页", ""); // running page numbers out
            for (String text : List.of(docx, pdf)) {
                assertThat(text.contains("unitName:<script>alert('x')</script>{{unitName}}&lt;b&gt;"))
                        .as(t.name() + ": markup printed as text").isTrue();
                assertThat(text.chars().noneMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t'))
                        .as(t.name() + ": no control character").isTrue();
            }
            if (DocumentRenderer.tags(DefaultTemplates.build(t)).contains("facts")) {
                assertThat(pdf.contains("事实<script>alert('x')</script>") && pdf.contains("占".repeat(10_000) + "完"))
                        .as(t.name() + ": the 10,000-character facts whole in the PDF").isTrue();
                assertThat(docx.replaceAll("\\s", "").contains("占".repeat(10_000) + "完"))
                        .as(t.name() + ": the facts whole in the docx").isTrue();
                assertThat(r.pages()).as(t.name()).isGreaterThan(3);
            }
        }
    }

    @Test
    void timing() {
        byte[] t = DefaultTemplates.build(DocumentType.DECISION);
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            DocumentRenderer.render(t, fields());
        }
        System.out.println("decision render avg ms: " + (System.nanoTime() - start) / 10 / 1_000_000);
        for (int i = 0; i < 3; i++) {
            long a = System.nanoTime();
            byte[] docx = DocumentRenderer.fill(t, fields());
            long b = System.nanoTime();
            PdfLayout l = new PdfLayout();
            long c = System.nanoTime();
            DocumentRenderer.layoutDocx(docx, l);
            long d = System.nanoTime();
            l.toBytes();
            long e = System.nanoTime();
            System.out.printf("fill %d new %d layout %d save %d%n", (b - a) / 1000000, (c - b) / 1000000,
                    (d - c) / 1000000, (e - d) / 1000000);
        }
    }
}
