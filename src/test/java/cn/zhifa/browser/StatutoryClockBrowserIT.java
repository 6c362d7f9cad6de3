package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The statutory clock on screen, in headless Chromium against the app with demo data: the inbox's deadline column,
 * a head extending the decision period of a filed case, the supervision page, and the calendar admin page (2026 with
 * the Spring Festival marked; one day changed with a reason, seen in the change log, and restored).
 */
class StatutoryClockBrowserIT extends BrowserTestBase {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LIGHT = Pattern.compile(".*zhifa-light-(green|yellow|red).*");

    @Test
    void officerSeesTheDueDateColumnWithAColouredBadge() {
        login("officer1");
        Locator grid = page.locator("#inbox-grid");
        assertThat(grid).containsText("期限");
        Locator badge = page.locator("#inbox-grid .inbox-due").first();
        assertThat(badge).isVisible();
        assertThat(badge).hasClass(LIGHT);
        assertThat(badge).containsText("工作日");
        screenshot("clock-inbox-officer1.png", false);

        // the bell opens my notifications
        page.locator("#notification-bell-button").click();
        assertThat(page.locator("#notifications-list")).isVisible();
        page.locator("#notifications-close").click();
        assertThat(page.locator("#notifications-list")).not().isVisible();
    }

    @Test
    void headExtendsTheDecisionPeriodOfAFiledCaseByThirtyDays() {
        login("head1");
        // demo case 3: filed, under investigation, handlers officer1 + officer3 (head1 is not a handler)
        page.navigate(url("/cases"));
        page.locator("#search-party input").fill("陈某");
        page.locator("#search-submit").click();
        // the filtered list has arrived: the lazy grid reports one item (hidden pooled rows keep stale text, so the
        // grid's text content is no proof)
        page.waitForFunction("() => document.querySelector('#search-grid').size === 1");
        page.locator("#search-grid a:visible").filter(new Locator.FilterOptions().setHasText("朝综执立字")).first()
                .click();
        page.waitForURL(Pattern.compile(".*/cases/\\d+$"));
        assertThat(page.locator("#case-stage")).hasText("调查取证");
        Locator badge = page.locator("#deadline-badge-DECISION");
        assertThat(badge).isVisible();
        assertThat(badge).hasClass(LIGHT);
        LocalDate before = date(badge.textContent());

        page.locator("#clock-extend").click();
        assertThat(page.locator("#extend-days input")).hasValue("30");
        page.locator("#dialog-save").click();
        assertThat(page.locator("#extend-reason")).hasAttribute("invalid", ""); // the reason is required
        page.locator("#extend-reason textarea").fill("案情复杂，需进一步调查取证，经负责人批准延长30日");
        page.locator("#dialog-save").click();
        assertThat(page.locator("#case-clock-events")).containsText("负责人批准延期");
        assertThat(page.locator("#case-clock-events")).containsText("吴海");
        assertThat(page.locator("#case-clock-events")).containsText("延长 30 日");
        assertThat(badge).not().containsText(before.toString());
        LocalDate after = date(page.locator("#deadline-badge-DECISION").textContent());
        // 30 more calendar days on the period (90 → 120 days from filing): the end-day shift may differ by a few days
        assertThat(after).isBetween(before.plusDays(26), before.plusDays(34));
        assertThat(page.locator("#case-deadlines")).containsText("作出处罚决定期限");
        assertThat(page.locator("#case-timeline")).containsText("延长办案期限");
        page.locator("#case-clock").scrollIntoViewIfNeeded();
        screenshot("clock-case-extended.png", true);
    }

    @Test
    void supervisorSeesTheSupervisionPage() {
        login("supervisor1");
        assertThat(page.locator("#side-nav")).containsText("期限监督");
        page.navigate(url("/supervision/deadlines"));
        assertThat(page.locator("#deadlines-grid")).isVisible();
        assertThat(page.locator("#count-red")).containsText("超期");
        assertThat(page.locator("#count-yellow")).containsText("临期");
        assertThat(page.locator("#deadlines-unit")).isVisible();
        assertThat(page.locator("#deadlines-grid")).containsText("期限类型");
        screenshot("clock-supervision.png", false);
    }

    @Test
    void adminSeesTheSpringFestivalAndChangesADayWithAReason() {
        login("admin");
        assertThat(page.locator("#side-nav")).containsText("节假日日历");
        page.navigate(url("/admin/calendar"));
        if (!page.locator("#calendar-year").textContent().contains("2026")) {
            pick("#calendar-year", "vaadin-select-item", "2026");
        }
        Locator springFestival = page.locator("#day-2026-02-17");
        assertThat(springFestival).hasClass(Pattern.compile(".*zhifa-day-holiday.*"));
        assertThat(springFestival).hasAttribute("title", Pattern.compile(".*春节.*"));
        assertThat(page.locator("#day-2026-02-14")).hasClass(Pattern.compile(".*zhifa-day-makeup-workday.*"));
        screenshot("clock-calendar-2026.png", true);

        // a Wednesday becomes a holiday, with a reason; then back to normal
        setDay("2026-06-10", "法定节假日", "浏览器测试：临时调整为放假");
        assertThat(page.locator("#day-2026-06-10")).hasClass(Pattern.compile(".*zhifa-day-holiday.*"));
        Locator log = page.locator("#calendar-changes");
        assertThat(log).containsText("浏览器测试：临时调整为放假");
        assertThat(log).containsText("普通日 → 法定节假日");
        assertThat(log).containsText("admin");
        screenshot("clock-calendar-changed.png", true);
        log.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("clock-calendar-log.png")));

        setDay("2026-06-10", "普通日", "浏览器测试：恢复原状");
        assertThat(page.locator("#day-2026-06-10")).hasClass(Pattern.compile(".*zhifa-day-workday.*"));
        assertThat(log).containsText("法定节假日 → 普通日");
        assertThat(log).containsText("浏览器测试：恢复原状");
    }

    private void setDay(String date, String kind, String reason) {
        Locator input = page.locator("#calendar-day-date input");
        input.fill(date);
        input.press("Enter");
        pick("#calendar-day-kind", "vaadin-select-item", kind);
        page.locator("#calendar-day-reason input").fill(reason);
        page.locator("#calendar-day-save").click();
    }

    private static LocalDate date(String text) {
        Matcher m = DATE.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return LocalDate.parse(m.group());
    }
}
