package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The evidence vault on screen: an officer opens the evidence of a case from its workspace, uploads a photo with its
 * metadata, sees it in the gallery with a thumbnail, previews it and withdraws it; the upload, the preview and the
 * withdrawal are record entries.
 * The 说明 typed just before a file is dropped is kept; a PNG scan is accepted as 书证.
 */
class EvidenceGalleryBrowserIT extends BrowserTestBase {

    /** Its own database and store: the gallery starts from a known state whatever ran before in the suite. */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:browser-evidence;MODE=MySQL;DB_CLOSE_DELAY=-1");
        registry.add("zhifa.evidence.root", () -> "target/evidence-browser-gallery");
    }

    @Autowired JdbcTemplate jdbc;

    @Test
    void officerUploadsAPhotoSeesItInTheGalleryAndPreviewsIt() throws Exception {
        // demo case under investigation (陈某, handlers officer1 + officer3)
        long caseId = jdbc.queryForObject("SELECT MIN(id) FROM case_file WHERE stage = 'INVESTIGATION' "
                + "AND unit_id = (SELECT unit_id FROM app_user WHERE username = 'officer1')", Long.class);
        Path photo = Files.createTempFile("现场照片", ".png");
        BufferedImage img = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, 320, 200);
        g.setColor(Color.ORANGE);
        g.fillOval(100, 50, 120, 100);
        g.dispose();
        ImageIO.write(img, "png", photo.toFile());

        login("officer1");
        page.navigate(url("/cases/" + caseId));
        page.locator("#case-links a").filter(new Locator.FilterOptions().setHasText("0")).first().click();
        page.waitForURL(Pattern.compile(".*/cases/" + caseId + "/evidence$"));
        assertThat(page.locator("#evidence-empty")).isVisible();

        pick("#evidence-kind", "vaadin-select-item", "照片");
        page.locator("#evidence-device input").fill("ZFJLY-0012");
        page.locator("#evidence-description textarea").fill("占道摊位现场照片");
        page.locator("#evidence-upload input[type=file]").setInputFiles(photo);

        Locator tile = page.locator("#evidence-gallery .evidence-tile").first();
        assertThat(tile).isVisible();
        assertThat(tile).containsText(photo.getFileName().toString());
        assertThat(tile).containsText("王强");
        // the 说明 typed just before the file was dropped (no blur, no change event) is kept (issue 16)
        assertThat(tile).containsText("占道摊位现场照片");
        Assertions.assertThat(jdbc.queryForObject("SELECT description FROM evidence WHERE case_id = ? AND file_name = ?",
                String.class, caseId, photo.getFileName().toString())).isEqualTo("占道摊位现场照片");
        Locator thumb = tile.locator("img");
        page.waitForFunction("img => img.complete && img.naturalWidth === 320", thumb.elementHandle());
        screenshot("evidence-gallery.png", true);

        tile.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("预览")).click();
        Locator preview = page.locator("#evidence-preview-image");
        assertThat(preview).isVisible();
        page.waitForFunction("img => img.complete && img.naturalWidth === 320", preview.elementHandle());
        assertThat(page.locator("vaadin-dialog-overlay[opened]")).containsText("SHA-256");
        screenshot("evidence-preview.png", false);
        page.locator("#evidence-preview-close").click();

        List<String> actions = jdbc.queryForList("SELECT action FROM case_record WHERE case_id = ? "
                + "AND action LIKE 'EVIDENCE%' ORDER BY id", String.class, caseId);
        Assertions.assertThat(actions).containsSequence("EVIDENCE_GALLERY_VIEWED", "EVIDENCE_ADDED",
                "EVIDENCE_VIEWED").doesNotContain("EVIDENCE_DOWNLOADED");

        // 补正说明: without a text refused in Chinese; with one it is a record entry beside the unchanged file
        tile.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("补正说明")).click();
        page.locator("#evidence-annotate-confirm").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("请填写");
        page.locator("#evidence-annotate-note textarea").fill("拍摄时间以执法记录仪时间为准，比手机时间早2分钟");
        page.locator("#evidence-annotate-confirm").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("补正说明已记入全过程记录");
        Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE case_id = ? "
                + "AND action = 'EVIDENCE_ANNOTATED' AND summary LIKE ?", Long.class, caseId, "%早2分钟%"))
                .isEqualTo(1L);

        // 移交 by the custodian to another officer of the unit, with a reason
        long custodianBefore = jdbc.queryForObject("SELECT custodian_id FROM evidence WHERE case_id = ? "
                + "AND file_name = ?", Long.class, caseId, photo.getFileName().toString());
        tile = page.locator("#evidence-gallery .evidence-tile").first();
        tile.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("移交")).click();
        page.locator("#evidence-hand-over-to").click();
        page.locator("vaadin-select-overlay[opened] vaadin-select-item").first().click();
        page.locator("#evidence-hand-over-reason textarea").fill("王强调岗，证据交由同组执法人员保管");
        screenshot("evidence-hand-over.png", false);
        page.locator("#evidence-hand-over-confirm").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("证据已移交");
        Assertions.assertThat(jdbc.queryForObject("SELECT custodian_id FROM evidence WHERE case_id = ? "
                + "AND file_name = ?", Long.class, caseId, photo.getFileName().toString()))
                .isNotEqualTo(custodianBefore);
        Assertions.assertThat(jdbc.queryForList("SELECT action FROM case_record WHERE case_id = ? "
                + "AND action = 'EVIDENCE_HANDED_OVER'", String.class, caseId)).hasSize(1);
        tile = page.locator("#evidence-gallery .evidence-tile").first();

        // a handler withdraws the item (撤回) with a reason: it stays in the gallery, marked, and in the record
        tile.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("撤回")).click();
        page.locator("#evidence-withdraw-reason textarea").fill("拍错了摊位，另行上传");
        page.locator("#evidence-withdraw-confirm").click();
        Locator marked = page.locator("#evidence-gallery .evidence-tile").first();
        assertThat(marked).containsText("已撤回");
        assertThat(marked).containsText("拍错了摊位，另行上传");
        Assertions.assertThat(jdbc.queryForList("SELECT action FROM case_record WHERE case_id = ? "
                + "AND action = 'EVIDENCE_WITHDRAWN'", String.class, caseId)).hasSize(1);

        // a scanned paper document (PNG) is accepted as 书证, with its 说明
        Path scan = Files.createTempFile("营业执照扫描件", ".png");
        ImageIO.write(img, "png", scan.toFile());
        pick("#evidence-kind", "vaadin-select-item", "书证");
        page.locator("#evidence-description textarea").fill("当事人营业执照复印件，经核对与原件一致");
        page.locator("#evidence-upload input[type=file]").setInputFiles(scan);
        Locator document = page.locator("#evidence-gallery .evidence-tile").filter(new Locator.FilterOptions()
                .setHasText(scan.getFileName().toString()));
        assertThat(document).isVisible();
        assertThat(document).containsText("当事人营业执照复印件");
        Assertions.assertThat(jdbc.queryForObject("SELECT kind FROM evidence WHERE case_id = ? AND file_name = ?",
                String.class, caseId, scan.getFileName().toString())).isEqualTo("DOCUMENT");
        screenshot("evidence-document-scan.png", true);
    }
}
