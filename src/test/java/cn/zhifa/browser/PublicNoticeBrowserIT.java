package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.zhifa.casefile.StepPayload;
import cn.zhifa.support.CaseFiles;
import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 公告送达 on screen (issue #12 item 1, decision 0020), desktop 1440×900 on the controlled clock: on Mon 2 Mar 2026 the
 * handler serves the advance notice by public notice from its task form — refused without the reason that other
 * methods are impossible, then with it; the case page shows the notice deemed served on Wed 1 Apr and the statement
 * window from then to Thu 9 Apr (5 working days over 清明). On Fri 10 Apr the decision is published the same way: the
 * page shows it deemed served on Mon 11 May (10 May is a Sunday) and the payment deadline Tue 26 May.
 */
class PublicNoticeBrowserIT extends ClockedCaseBrowserTest {

    static final Pattern TASK_URL = Pattern.compile(".*/tasks/[^/?]+$");
    static final Pattern INBOX_URL = Pattern.compile(".*/tasks(\\?.*)?$");
    static final String MISSING = "当事人下落不明，经营场所已关闭，经邮寄、电话联系均无法送达";

    private void work(long caseId, String taskTitle) {
        page.navigate(url("/cases/" + caseId));
        Locator work = page.locator("#case-open-tasks vaadin-button[id^='work-']");
        assertThat(work).hasCount(1);
        work.click();
        page.waitForURL(TASK_URL);
        assertThat(page.locator("#task-title")).hasText(taskTitle);
    }

    @Test
    void anOfficerServesByPublicNoticeAndTheWindowsMove() {
        page.setViewportSize(1440, 900);
        clock.setMorningOf("2026-03-02");
        long id = f.aCaseAtNotice().id();

        login("officer1");
        work(id, "送达事先告知书");
        pick("#notice-method", "vaadin-select-item", "公告送达");
        assertThat(page.locator("#notice-method")).containsText("公告送达");
        assertThat(page.locator("#notice-served-date > label")).hasText("公告发布日期");
        assertThat(page.locator("#notice-method > [slot=helper]")).containsText("经过三十日视为送达");
        assertThat(page.locator("#notice-public-notice-reason")).isVisible();
        // without the reason the service is refused, in Chinese, and the form stays
        page.locator("#task-submit").click();
        Locator refusal = page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("公告送达仅适用于受送达人下落不明"));
        assertThat(refusal).isVisible();
        assertThat(refusal).containsText("第九十五条");
        ScreenChecks.noEnglish(refusal);
        assertThat(page).hasURL(TASK_URL);
        screenshot("public-notice-refused.png", false);
        page.locator("#notice-public-notice-reason textarea").fill(MISSING);
        screenshot("public-notice-form.png", true);
        page.locator("#task-submit").click();
        page.waitForURL(INBOX_URL);

        page.navigate(url("/cases/" + id));
        assertThat(page.locator("#case-notice-served")).containsText("2026-04-01（视为送达；公告发布于 2026-03-02）");
        Locator deadlines = page.locator("#case-deadlines");
        Locator statement = deadlines.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("陈述申辩期限"));
        assertThat(statement).hasCount(1);
        assertThat(deadlines).containsText("2026-04-01"); // 起算日: the deemed date, not the publication
        assertThat(deadlines).containsText("2026-04-09");
        assertThat(page.locator("#case-timeline")).containsText("公告送达（视为送达 2026-04-01）");
        ScreenChecks.noEnglish(page.locator("#case-header"));
        ScreenChecks.noEnglish(deadlines);
        screenshot("public-notice-notice-deemed.png", true);
        logout();

        // 10 Apr: the statement window has lapsed, the head has decided; the decision is published
        clock.setMorningOf("2026-04-10");
        f.step(id, "officer1", new StepPayload.StatementDefence(false, null, null));
        f.step(id, "head1", f.fineDecision(CaseFiles.FINE));
        login("officer1");
        work(id, "送达决定书");
        pick("#service-method", "vaadin-select-item", "公告送达");
        assertThat(page.locator("#service-served-date > label")).hasText("公告发布日期");
        page.locator("#service-public-notice-reason textarea").fill(MISSING);
        page.locator("#task-submit").click();
        page.waitForURL(INBOX_URL);

        page.navigate(url("/cases/" + id));
        assertThat(page.locator("#case-stage")).hasText("执行");
        assertThat(page.locator("#case-served")).containsText("2026-05-11（视为送达；公告发布于 2026-04-10）");
        assertThat(page.locator("#deadline-badge-PAYMENT")).isVisible();
        Locator payment = deadlines.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("罚款缴纳期限"));
        assertThat(payment).hasCount(1);
        assertThat(deadlines).containsText("2026-05-11");
        assertThat(deadlines).containsText("2026-05-26");
        assertThat(page.locator("#case-timeline")).containsText("公告送达（视为送达 2026-05-11）");
        ScreenChecks.noConstantNames(page.locator("#case-timeline"));
        ScreenChecks.noEnglish(page.locator("#case-header"));
        ScreenChecks.noEnglish(deadlines);
        ScreenChecks.buttonsWhole(page, page.locator("#case-clock"));
        screenshot("public-notice-decision-deemed.png", true);
    }
}
