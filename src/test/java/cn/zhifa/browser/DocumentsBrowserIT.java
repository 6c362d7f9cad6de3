package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The workspace's 文书 section: a head downloads the archived demo case's decision as PDF and Word. */
class DocumentsBrowserIT extends BrowserTestBase {

    @Autowired JdbcTemplate jdbc;

    @Test
    void headDownloadsTheDecisionAsPdfAndWordFromTheWorkspace() throws Exception {
        long caseId = jdbc.queryForObject("SELECT MIN(id) FROM case_file WHERE stage = 'ARCHIVED' "
                + "AND procedure_type = 'ORDINARY'", Long.class);
        String docNo = jdbc.queryForObject("SELECT doc_no FROM doc_version WHERE case_id = ? AND doc_type = 'DECISION'",
                String.class, caseId);
        login("head1");
        page.navigate(url("/cases/" + caseId));
        Locator section = page.locator("#documents-section");
        section.waitFor();
        Locator decision = section.locator(".document-row[data-type='DECISION']");
        assertThat(decision).containsText(docNo);
        screenshot("documents-section.png", true);

        Download pdf = page.waitForDownload(() -> decision.locator(".document-pdf").click());
        byte[] pdfBytes = Files.readAllBytes(pdf.path());
        assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        try (PDDocument d = Loader.loadPDF(pdfBytes)) {
            assertThat(new PDFTextStripper().getText(d).replaceAll("\\s", "")).contains("行政处罚决定书", docNo,
                    "申请行政复议");
        }
        Download docx = page.waitForDownload(() -> decision.locator(".document-docx").click());
        assertThat(docx.suggestedFilename()).endsWith(".docx");
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docx.path())));
                XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            assertThat(x.getText()).contains("行政处罚决定书", docNo);
        }
    }
}
