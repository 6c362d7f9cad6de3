package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A lead goes from the registration form to the second handler's inbox, in headless Chromium against the running
 * app with demo data: officer1 registers and verifies it (handlers officer1 + officer2), head1 approves filing,
 * officer2 finds the case with its new number in the inbox. Screenshots go to target/screenshots/.
 */
class LeadToInboxBrowserIT extends BrowserTestBase {

    private static final Pattern CASE_NO = Pattern.compile("朝综执立字〔(\\d{4})〕第(\\d{4})号");

    @Test
    void leadRegisteredVerifiedAndFiledReachesTheSecondHandlersInbox() {
        // officer1 registers a lead
        login("officer1");
        page.navigate(url("/cases/new"));
        pick("#lead-source", "vaadin-select-item", "巡查发现");
        page.locator("#lead-summary textarea").fill("浏览器测试：巡查发现朝阳路100号商户店外摆摊设点");
        page.locator("#lead-location input").fill("朝阳路100号");
        page.locator("#party-0-name input").fill("赵某某");
        page.locator("#party-0-idNo input").fill("110105198803041234");
        page.locator("#lead-submit").click();
        page.waitForURL(Pattern.compile(".*/cases/\\d+$"));
        long caseId = Long.parseLong(page.url().replaceAll(".*/cases/", ""));
        assertThat(page.locator("#case-stage")).hasText("线索核查");

        // officer1 verifies it: recommend filing, item, handlers officer1 (lead) + officer2
        page.locator("#case-open-tasks vaadin-button[id^='work-']").first().click();
        page.waitForURL(Pattern.compile(".*/tasks/.+"));
        assertThat(page.locator("#task-title")).hasText("线索核查");
        Locator item = page.locator("#verify-item input");
        item.fill("CG-001");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("擅自占用城市道路"))
                .first().click();
        chooseHandler("王强");
        chooseHandler("李娜");
        assertThat(page.locator("#verify-lead-handler")).containsText("王强");
        page.locator("#verify-opinion textarea").fill("经核查，违法事实初步成立，建议立案。");
        page.locator("#task-submit").click();
        page.waitForURL(Pattern.compile(".*/tasks(\\?.*)?$"));
        logout();

        // head1 approves filing: a case number is assigned
        login("head1");
        page.navigate(url("/cases/" + caseId));
        assertThat(page.locator("#case-stage")).hasText("立案审批");
        page.locator("#case-open-tasks vaadin-button[id^='work-']").first().click();
        page.waitForURL(Pattern.compile(".*/tasks/.+"));
        page.locator("#approve-reason textarea").fill("同意立案");
        page.locator("#task-submit").click();
        page.waitForURL(Pattern.compile(".*/tasks(\\?.*)?$"));
        page.navigate(url("/cases/" + caseId));
        assertThat(page.locator("#case-stage")).hasText("调查取证");
        String caseNo = page.locator("#case-number").textContent().trim();
        Matcher m = CASE_NO.matcher(caseNo);
        assertThat(m.matches()).as(caseNo).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
        logout();

        // officer2, the assisting handler, sees the case with its number in the inbox
        login("officer2");
        Locator row = page.locator("#inbox-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(caseNo));
        assertThat(row.first()).isVisible();
        assertThat(page.locator("#inbox-grid")).containsText("调查取证");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("inbox-officer2.png")));

        page.navigate(url("/cases/" + caseId));
        assertThat(page.locator("#case-number")).hasText(caseNo);
        assertThat(page.locator("#case-handlers")).containsText("王强（主办）");
        assertThat(page.locator("#case-handlers")).containsText("李娜（协办）");
        assertThat(page.locator("#case-timeline")).containsText("批准立案");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("case-workspace.png"))
                .setFullPage(true));
    }

    @Test
    void adminSeesAdminPagesAndCanSwitchToEnglish() {
        login("admin");
        assertThat(page.locator("#side-nav")).containsText("用户管理");
        assertThat(page.locator("#side-nav")).containsText("执法证管理");
        page.navigate(url("/admin/users"));
        assertThat(page.locator("#users-grid")).containsText("officer1");
        page.navigate(url("/admin/certificates"));
        assertThat(page.locator("#certificates-grid")).containsText("王强");
        page.navigate(url("/admin/items"));
        assertThat(page.locator("#items-grid")).containsText("CG-001");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("admin-items.png")));

        page.locator("#language-switch").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("English")).first().click();
        assertThat(page.locator("#side-nav")).containsText("Violation items");
        page.navigate(url("/tasks"));
        assertThat(page.locator("#side-nav")).containsText("My tasks");
    }

    private void chooseHandler(String name) {
        Locator input = page.locator("#verify-handlers input");
        input.click();
        input.fill(name);
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(name))
                .first().click();
        input.press("Escape");
    }
}
