package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The annual statistics in headless Chromium: a team leader drafts last year's report from the case data, a head
 * approves and publishes it, the CSV downloads, and the public statistics page lists it.
 */
class AnnualReportBrowserIT extends BrowserTestBase {

    private void openReport() {
        page.navigate(url("/annual-reports"));
        assertThat(page.locator("#reports-grid")).isVisible();
        page.waitForFunction("() => document.querySelector('#reports-grid').size >= 1");
        page.locator("#reports-grid vaadin-button.report-open:visible").first().click();
        assertThat(page.locator("#report-overview")).isVisible();
    }

    @Test
    void leaderDraftsHeadApprovesAndPublishesAndThePublicSeesIt() throws Exception {
        login("leader1");
        assertThat(page.locator("#side-nav")).containsText("统计年报");
        page.navigate(url("/annual-reports"));
        page.locator("#report-year input").fill("2025");
        page.locator("#report-draft").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("已根据案件数据生成年报草稿"))).isVisible();
        assertThat(page.locator("#report-detail")).containsText("2025 年度");
        assertThat(page.locator("#report-overview")).containsText("立案");
        assertThat(page.locator("#report-overview")).containsText("行政复议");
        assertThat(page.locator("#report-approve")).hasCount(0);
        Download csv = page.waitForDownload(() -> page.locator("#report-csv").click());
        String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(text).contains("\"概况\",\"年度\",\"2025\"");
        logout();

        login("head1");
        openReport();
        page.locator("#report-approve").click();
        assertThat(page.locator("#report-publish")).isVisible();
        page.locator("#report-publish").click();
        assertThat(page.locator("#report-public-link")).isVisible();
        screenshot("annual-report-head1.png", true);
        logout();

        page.navigate(url("/public/statistics"));
        assertThat(page.locator("body")).containsText("2025年");
    }
}
