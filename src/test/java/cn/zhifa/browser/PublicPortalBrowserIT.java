package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Publicity in headless Chromium: an officer reviews the demo case's draft publication in the queue, a head publishes
 * it, and an anonymous visitor on a phone-sized screen finds it on the public portal, redacted, beside the officers
 * and items pages.
 */
class PublicPortalBrowserIT extends BrowserTestBase {

    /** The success notification's card (the vaadin-notification host element itself is never "visible"). */
    private Locator saved() {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("已保存"));
    }

    private void openDraft() {
        page.navigate(url("/publications"));
        assertThat(page.locator("#publications-grid")).isVisible();
        assertThat(page.locator("#publications-grid")).containsText("王某某");
        // the lazy grid has its one draft row (pooled hidden rows keep stale content: click a visible button)
        page.waitForFunction("() => document.querySelector('#publications-grid').size === 1");
        page.locator("#publications-grid vaadin-button.pub-open:visible").first().click();
        assertThat(page.locator("#pub-facts")).isVisible();
    }

    @Test
    void officerReviewsHeadPublishesAndThePublicSeesItRedacted() {
        login("officer1");
        assertThat(page.locator("#side-nav")).containsText("决定公示");
        openDraft();
        assertThat(page.locator("#publications-grid")).containsText("工作日");
        page.locator("#pub-note input").fill("已核对隐去内容");
        page.locator("#pub-review").click();
        assertThat(saved()).isVisible();
        screenshot("publication-queue-officer1.png", false);
        logout();

        login("head1");
        openDraft();
        page.locator("#pub-publish").click();
        assertThat(saved()).isVisible();
        logout();

        // an anonymous visitor on a phone
        BrowserContext phone = page.context().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("zh-CN"));
        try {
            Page p = phone.newPage();
            p.navigate(url("/public"));
            assertThat(p.locator("h1")).hasText("行政执法公示");
            p.locator("a[href='/public/officers']").click();
            assertThat(p.locator("#officers")).containsText("王强");
            assertThat(p.locator("#officers")).not().containsText("赵敏");
            p.navigate(url("/public/decisions"));
            Locator first = p.locator("#decision-list a").first();
            assertThat(first).isVisible();
            assertThat(p.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("the search form fits a phone").isEqualTo(true);
            p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("public-decisions-phone.png"))
                    .setFullPage(true));
            first.click();
            p.waitForURL(Pattern.compile(".*/public/decisions/[0-9a-f]{32}$"));
            Locator decision = p.locator("#decision");
            assertThat(decision).containsText("王某某");
            assertThat(decision).containsText("罚款人民币500.00元");
            assertThat(decision).not().containsText("110105199001011234");
            assertThat(decision).not().containsText("13600004444");
            // no horizontal scrolling on a phone
            Object overflow = p.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
            assertThat(overflow).isEqualTo(true);
            p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("public-decision-phone.png"))
                    .setFullPage(true));
            // search by date with the form
            p.navigate(url("/public/decisions"));
            p.locator("input[name='to']").fill("2000-01-01");
            p.locator("form.search button").click();
            assertThat(p.locator("#decision-count")).containsText("共 0 条");
            p.navigate(url("/public/items"));
            assertThat(p.locator("#items")).containsText("处罚依据");
            assertThat(p.locator("#benchmark-CG-001")).containsText("从轻处罚");
            assertThat(p.locator("#benchmark-CG-001")).containsText("200 – 1000");
        } finally {
            phone.close();
        }
    }
}
