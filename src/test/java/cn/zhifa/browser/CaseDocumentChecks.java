package cn.zhifa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Files a browser user reaches through the screens, fetched with the page's own session (the links' addresses, the
 * cookies of the logged-in context) and read as text: the PDF's text layer and the .docx's text.
 */
final class CaseDocumentChecks {

    private final Page page;
    private final Function<String, String> url;

    CaseDocumentChecks(Page page, Function<String, String> url) {
        this.page = page;
        this.url = url;
    }

    /** The bytes behind a link's href (relative to the application's root), checked to be a 200 of that type. */
    byte[] fetch(String href, String contentType) {
        APIResponse r = page.request().get(url.apply("/" + href.replaceFirst("^/", "")));
        assertThat(r.status()).as(href).isEqualTo(200);
        assertThat(r.headers().get("content-type")).as(href).startsWith(contentType);
        return r.body();
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String docxText(byte[] docx) {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText().replaceAll("\\s", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> bookmarks(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> marks = new ArrayList<>();
            for (PDOutlineItem i : d.getDocumentCatalog().getDocumentOutline().children()) {
                marks.add(i.getTitle());
            }
            return marks;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One row of the workspace's 文书 section: its type, its visible line and both files' text. */
    record Row(String type, String line, String pdf, String docx) {
    }

    /** Every row of the 文书 section (#documents-section), both files fetched through the session. */
    List<Row> documentRows() {
        List<Row> rows = new ArrayList<>();
        Locator all = page.locator("#documents-section .document-row");
        for (int i = 0; i < all.count(); i++) {
            Locator row = all.nth(i);
            String pdfHref = row.locator(".document-pdf").getAttribute("href");
            String docxHref = row.locator(".document-docx").getAttribute("href");
            rows.add(new Row(row.getAttribute("data-type"), row.innerText(),
                    pdfText(fetch(pdfHref, "application/pdf")),
                    docxText(fetch(docxHref, "application/vnd.openxmlformats-officedocument"))));
        }
        return rows;
    }

    /** The PDFs a 预览文书 dialog offers, by document type. */
    Map<String, String> previewed() {
        Map<String, String> out = new LinkedHashMap<>();
        Locator links = page.locator(".task-preview-document");
        links.first().waitFor();
        for (int i = 0; i < links.count(); i++) {
            Locator a = links.nth(i);
            out.put(a.getAttribute("data-type"), pdfText(fetch(a.getAttribute("href"), "application/pdf")));
        }
        return out;
    }
}
