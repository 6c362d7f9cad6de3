package cn.zhifa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.document.ChineseAmount;
import cn.zhifa.document.DocumentData;
import cn.zhifa.document.DocumentRenderer;
import cn.zhifa.document.DocumentTemplates;
import cn.zhifa.document.DocumentType;
import cn.zhifa.document.PdfLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Document rendering speed without a database: the decision's PDF laid out from its .docx (what its first download
 * does) p95 over 60 after a warm-up, and a 40-page dossier built as {@code DocumentDossiers} builds it (documents laid
 * out from their .docx in one body layout; cover, index, the body appended, page numbers).
 * {@code ./mvnw -B -ntp -o verify -Pbench -Dit.test=DocumentRenderBenchmark}
 */
class DocumentRenderBenchmark {

    private static Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        DocumentData.FIELDS.keySet().forEach(k -> m.put(k, "示例内容"));
        m.put("docNo", "朝综执罚决字〔2026〕第0005号");
        m.put("facts", "当事人在朝阳路1号门前占道经营，经责令改正拒不改正。".repeat(8));
        m.put("penalty", "罚款" + ChineseAmount.of(new BigDecimal("600")));
        return m;
    }

    @Test
    void decisionPdfAndDossier() throws Exception {
        byte[] template = DocumentTemplates.shippedDefault(DocumentType.DECISION);
        Map<String, String> f = fields();
        // as in service: the .docx is made at the step; the PDF is laid out from it on download
        byte[] docx = DocumentRenderer.render(template, f).docx();
        for (int i = 0; i < 15; i++) {
            try (PdfLayout l = new PdfLayout()) {
                DocumentRenderer.layoutDocx(docx, l);
                l.toBytes();
            }
        }
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long t = System.nanoTime();
            try (PdfLayout l = new PdfLayout()) {
                DocumentRenderer.layoutDocx(docx, l);
                l.toBytes();
            }
            ms.add((System.nanoTime() - t) / 1_000_000);
        }
        ms.sort(Long::compare);
        long p50 = ms.get(ms.size() / 2);
        long p95 = ms.get((int) Math.ceil(ms.size() * 0.95) - 1);

        // a 40-page dossier as DocumentDossiers builds it: the body (every document laid out from its .docx, each from
        // a new page) in one layout, then cover and index in another, the body appended, running page numbers
        long t = System.nanoTime();
        byte[] dossier;
        byte[] body;
        try (PdfLayout b = new PdfLayout()) {
            for (int i = 0; b.pages() < 40; i++) {
                if (i > 0) {
                    b.newPage();
                }
                DocumentRenderer.layoutDocx(docx, b);
            }
            body = b.toBytes();
        }
        try (PdfLayout l = new PdfLayout(); PDDocument bodyDoc = Loader.loadPDF(body)) {
            l.paragraph("行政处罚案件卷宗", 26, true, PdfLayout.Align.CENTER, 0);
            l.newPage();
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                rows.add(List.of(String.valueOf(i + 1), "行政处罚决定书", "朝综执罚决字〔2026〕第0005号", String.valueOf(i + 1)));
            }
            l.table(rows, null, 10);
            l.footer(0, i -> "");
            new PDFMergerUtility().appendDocument(l.document(), bodyDoc);
            l.footer(2, i -> String.valueOf(i - 1));
            dossier = l.toBytes();
        }
        long dossierMs = (System.nanoTime() - t) / 1_000_000;
        int pages;
        try (PDDocument d = Loader.loadPDF(dossier)) {
            pages = d.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(42);
        }
        System.out.printf("BENCH documents: decision PDF laid out from its .docx p50 %d ms, p95 %d ms (n=60); "
                + "dossier of %d pages %d ms%n", p50, p95, pages, dossierMs);
        assertThat(p95).isPositive();
    }
}
