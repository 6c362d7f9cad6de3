package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The field form on a phone-sized screen: an over-threshold fine is refused with the legal reason and the form keeps
 * its values; at 200 yuan the numbered decision is made, shown with its statutory content, and filed for the record.
 */
class SummaryFieldFormBrowserIT extends BrowserTestBase {

    /**
     * A tap on the element itself: on a phone-sized viewport the dev-mode banner of the development bundle may lie
     * over the lower part of the form and swallow a pointer click.
     */
    private void tap(String selector) {
        page.locator(selector).scrollIntoViewIfNeeded();
        page.locator(selector).dispatchEvent("click");
    }

    @Test
    void officerDecidesOnTheSpotInOneForm() {
        login("officer1");
        page.setViewportSize(390, 844);
        page.navigate(url("/summary/new"));
        assertThat(page.locator("#summary-decide")).isVisible();
        page.locator("#summary-party-name input").fill("浏览器当事人");
        page.locator("#summary-place input").fill("朝阳路12号");
        page.locator("#summary-violation textarea").fill("店外占道摆放商品");
        page.locator("#summary-legal-basis input").fill("《城市市容和环境卫生管理条例》第三十六条");
        tap("#summary-facts-conclusive input");
        page.locator("#summary-fine input").fill("200.01");
        page.locator("#summary-second-officer input").fill("李娜");
        assertThat(page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("李娜")).first())
                .isVisible();
        page.locator("#summary-second-officer input").press("Enter");
        tap("#summary-certificates-shown input");
        assertThat(page.locator("#summary-certificates-shown")).hasAttribute("checked", "");
        assertThat(page.locator("#summary-facts-conclusive")).hasAttribute("checked", "");
        page.locator("#summary-statement textarea").fill("承认违法事实，已整改");
        page.locator("#summary-statement textarea").press("Tab");
        tap("#summary-decide");
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("200元以下罚款")).first()).isVisible();
        screenshot("summary-refused-mobile.png", true);
        assertThat(page.locator("#summary-party-name input")).hasValue("浏览器当事人");

        page.locator("#summary-fine input").fill("200");
        page.locator("#summary-fine input").press("Tab");
        tap("#summary-decide");
        page.waitForURL(Pattern.compile(".*/summary/\\d+$"));
        Locator decision = page.locator("#summary-decision");
        assertThat(decision).containsText("当罚〔");
        assertThat(decision).containsText("200.00");
        assertThat(decision).containsText("王强");
        assertThat(decision).containsText("行政复议");
        screenshot("summary-decision-mobile.png", true);
        tap("#summary-file");
        assertThat(page.locator("#summary-file")).hasCount(0);
        assertThat(decision).not().containsText("已备案：—");
    }

    @Autowired JdbcTemplate jdbc;

    private void noSidewaysScrolling(String where) {
        Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow.intValue()).as("sideways scrolling on %s", where)
                .isLessThanOrEqualTo(0);
    }

    /**
     * The smallest phone (360×740): the form, the decision screen and the decision's print page fit the width; the
     * print page's 打印 button does not print, the text does.
     */
    @Test
    void theFormTheDecisionAndItsPrintPageFitA360Phone() {
        login("officer1");
        page.setViewportSize(360, 740);
        page.navigate(url("/summary/new"));
        assertThat(page.locator("#summary-decide")).isVisible();
        noSidewaysScrolling("the field form at 360");
        page.locator("#summary-party-name input").fill("小屏当事人");
        page.locator("#summary-place input").fill("朝阳路15号");
        page.locator("#summary-violation textarea").fill("店外占道摆放商品");
        page.locator("#summary-legal-basis input").fill("《城市市容和环境卫生管理条例》第三十六条");
        tap("#summary-facts-conclusive input");
        page.locator("#summary-fine input").fill("50");
        page.locator("#summary-second-officer input").fill("李娜");
        assertThat(page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("李娜")).first())
                .isVisible();
        page.locator("#summary-second-officer input").press("Enter");
        tap("#summary-certificates-shown input");
        page.locator("#summary-statement textarea").fill("无异议");
        page.locator("#summary-statement textarea").press("Tab");
        tap("#summary-decide");
        page.waitForURL(Pattern.compile(".*/summary/\\d+$"));
        assertThat(page.locator("#summary-decision")).containsText("50.00");
        noSidewaysScrolling("the decision at 360");
        screenshot("summary-decision-360.png", true);

        long caseId = Long.parseLong(page.url().replaceAll(".*/summary/(\\d+)$", "$1"));
        long version = jdbc.queryForObject("SELECT MAX(id) FROM doc_version WHERE case_id = ? "
                + "AND doc_type = 'SUMMARY_DECISION'", Long.class, caseId);
        page.navigate(url("/document-files/" + version + "/print"));
        assertThat(page.locator("body")).containsText("小屏当事人");
        assertThat(page.locator("body")).containsText("伍拾元整");
        noSidewaysScrolling("the print page at 360");
        assertThat(page.locator(".noprint button")).isVisible();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".noprint button")).isHidden();
        screenshot("summary-print-360.png", true);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
    }
}
