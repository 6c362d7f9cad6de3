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
 * Document rendering speed without a database: the decision (.docx filled + PDF laid out) p95 over 60 renders after
 * a warm-up, and a 40-page dossier assembled from rendered documents (cover, index, merge, page numbers).
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
        for (int i = 0; i < 15; i++) {
            DocumentRenderer.render(template, f);
        }
        List<Long> ms = new ArrayList<>();
        byte[] one = null;
        for (int i = 0; i < 60; i++) {
            long t = System.nanoTime();
            one = DocumentRenderer.render(template, f).pdf();
            ms.add((System.nanoTime() - t) / 1_000_000);
        }
        ms.sort(Long::compare);
        long p50 = ms.get(ms.size() / 2);
        long p95 = ms.get((int) Math.ceil(ms.size() * 0.95) - 1);

        long t = System.nanoTime();
        byte[] dossier;
        try (PdfLayout l = new PdfLayout()) {
            l.paragraph("行政处罚案件卷宗", 26, true, PdfLayout.Align.CENTER, 0);
            l.newPage();
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                rows.add(List.of(String.valueOf(i + 1), "行政处罚决定书", "朝综执罚决字〔2026〕第0005号", String.valueOf(i + 1)));
            }
            l.table(rows, null, 10);
            l.footer(0, i -> "");
            PDFMergerUtility merger = new PDFMergerUtility();
            List<PDDocument> open = new ArrayList<>();
            while (l.pages() < 42) {
                PDDocument d = Loader.loadPDF(one);
                open.add(d);
                merger.appendDocument(l.document(), d);
            }
            l.footer(2, i -> String.valueOf(i - 1));
            dossier = l.toBytes();
            for (PDDocument d : open) {
                d.close();
            }
        }
        long dossierMs = (System.nanoTime() - t) / 1_000_000;
        try (PDDocument d = Loader.loadPDF(dossier)) {
            assertThat(d.getNumberOfPages()).isGreaterThanOrEqualTo(42);
        }
        System.out.printf("BENCH documents: decision render (docx+pdf) p50 %d ms, p95 %d ms (n=60); "
                + "dossier of %d pages %d ms%n", p50, p95, 42, dossierMs);
        assertThat(p95).isPositive();
    }
}
