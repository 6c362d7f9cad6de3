package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.MutableClock;
import cn.zhifa.support.TestSupportConfig;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * 先行登记保存 with the head acting, on screen (issue #12 item 7, decision 0024): on Mon 2 Mar 2026 the handler requests
 * the preservation from the case page with its list, place and reason; it waits for the head, with no period yet; the
 * head (not a handler) approves it on the same page, and the 7-working-day period (due 11 Mar) appears among the
 * case's deadlines.
 */
@Import(TestSupportConfig.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-preservation;MODE=MySQL;DB_CLOSE_DELAY=-1")
class PreservationBrowserIT extends BrowserTestBase {

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    @Test
    void aHandlerRequestsAndAHeadApproves() {
        clock.setMorningOf("2026-03-02");
        long id = f.aFiledCase().id();

        login("officer1");
        page.navigate(url("/cases/" + id));
        page.locator("#case-preservation").scrollIntoViewIfNeeded();
        page.locator("#preservation-new").click();
        page.locator("#dialog-save").click();
        assertThat(page.locator("#preservation-reason")).hasAttribute("invalid", ""); // the reason is required
        page.locator("#preservation-items textarea").fill("占道经营桌椅4张");
        page.locator("#preservation-place input").fill("执法队暂扣物品仓库");
        page.locator("#preservation-reason textarea").fill("当事人拒不配合，证据可能灭失");
        page.locator("#dialog-save").click();
        assertThat(page.locator("#case-preservations")).containsText("待负责人批准");
        assertThat(page.locator("[id^=preservation-approve-]")).hasCount(0); // a handler cannot approve
        screenshot("preservation-requested.png", true);
        logout();

        login("head1");
        page.navigate(url("/cases/" + id));
        page.locator("#case-preservation").scrollIntoViewIfNeeded();
        assertThat(page.locator("#preservation-new")).hasCount(0); // the head is not a handler: no request
        page.locator("[id^=preservation-approve-]").click();
        page.locator("#approval-opinion textarea").fill("同意先行登记保存");
        page.locator("#dialog-save").click();
        assertThat(page.locator("#case-preservations")).containsText("2026-03-11");
        assertThat(page.locator("#case-preservations")).not().containsText("待负责人批准");
        assertThat(page.locator("#case-deadlines")).containsText("先行登记保存处理期限");
        assertThat(page.locator("#case-timeline")).containsText("批准先行登记保存");
        screenshot("preservation-approved.png", true);
    }
}
