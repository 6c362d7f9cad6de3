package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case timeline is the full-process record, in Chinese; a head verifies it on screen and downloads the export;
 * opening the case and verifying it are themselves on the timeline; an officer who is not a handler has no buttons.
 */
class RecordBrowserIT extends BrowserTestBase {

    @Autowired JdbcTemplate jdbc;

    @Test
    void headVerifiesAndExportsTheRecordOfTheArchivedDemoCase() throws Exception {
        long caseId = jdbc.queryForObject("SELECT MIN(id) FROM case_file WHERE stage = 'ARCHIVED' "
                + "AND procedure_type = 'ORDINARY'", Long.class);
        login("head1");
        page.navigate(url("/cases/" + caseId));
        Locator timeline = page.locator("#case-timeline");
        timeline.waitFor(); // the first workspace of a fresh JVM takes a while on a shared machine
        for (String entry : new String[] {"线索登记", "制作文书", "批准立案", "批准结案", "结案审批 → 已归档", "系统"}) {
            assertThat(timeline).containsText(entry);
        }
        page.locator("#record-verify").click();
        Locator result = page.locator("#record-verify-result");
        assertThat(result).containsText("记录完整");
        assertThat(result).hasAttribute("data-ok", "true");
        screenshot("record-verified.png", true);
        // opened again: opening the case and verifying it are entries, with where they came from
        page.navigate(url("/cases/" + caseId));
        timeline.waitFor();
        assertThat(timeline).containsText("查阅案件");
        assertThat(timeline).containsText("核验全过程记录");
        assertThat(timeline).containsText(" · Chrome"); // client address · browser
        screenshot("record-timeline.png", true);

        Download download = page.waitForDownload(() -> page.locator("#record-export").click());
        assertThat(download.suggestedFilename()).isEqualTo("case-" + caseId + "-record.zip");
        byte[] zip = Files.readAllBytes(download.path());
        assertThat(zip.length).isGreaterThan(500);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE case_id = ? AND action = "
                + "'RECORD_EXPORTED'", Integer.class, caseId)).isEqualTo(1);
        logout();

        // an officer who is not a handler of that case reads the timeline but has no record actions
        login("officer3");
        page.navigate(url("/cases/" + caseId));
        page.locator("#case-timeline").waitFor(); // a loaded machine takes longer than an assertion's 5 s
        assertThat(page.locator("#case-timeline")).containsText("批准立案");
        assertThat(page.locator("#record-verify")).hasCount(0);
    }

    /**
     * The timeline's texts and the documents' names are stored as keys (decision 0033): the same case reads in
     * Chinese, and after the language switch in English — the documents by their English names.
     */
    @Test
    void theTimelineReadsInTheReadersLanguage() {
        long caseId = jdbc.queryForObject("SELECT MIN(id) FROM case_file WHERE stage = 'ARCHIVED' "
                + "AND procedure_type = 'ORDINARY'", Long.class);
        loginToLanding("head1");
        page.navigate(url("/cases/" + caseId));
        Locator timeline = page.locator("#case-timeline");
        timeline.waitFor();
        assertThat(timeline).containsText("文书：立案审批表");
        assertThat(page.locator("#case-documents")).containsText("立案审批表");

        page.locator("#language-switch").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("English")).first().click();
        page.locator("#side-nav").getByText("My tasks").waitFor(); // the page reloads in English
        page.navigate(url("/cases/" + caseId));
        timeline.waitFor();
        assertThat(timeline).containsText("Filing approval form");
        assertThat(timeline).not().containsText("立案审批表");
        assertThat(page.locator("#case-documents")).containsText("Filing approval form");
        screenshot("record-timeline-en.png", true);
    }
}
