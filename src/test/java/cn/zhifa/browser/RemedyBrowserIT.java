package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * The remedy dialogs of the case page (issue #12 item 4, decision 0027), desktop 1440×900 on the controlled clock: a
 * fine served on Mon 2 Mar 2026; the party sues on 16 Mar; the court's copy of the complaint arrives on Fri 20 Mar —
 * the defence is due 15 days later, Sat 4 Apr, a 清明 holiday, so Tue 7 Apr; the defence goes in on 3 Apr; the head
 * attends the hearing on 12 May (出庭应诉); the suit ends upholding the decision on 1 Jun.
 */
class RemedyBrowserIT extends ClockedCaseBrowserTest {

    private void dialogChecks(String shot) {
        Locator dialog = page.locator("vaadin-dialog-overlay[opened]");
        ScreenChecks.noEnglish(dialog);
        ScreenChecks.buttonsWhole(page, dialog);
        screenshot(shot, false);
    }

    /** Logs out, moves the clock to the morning of {@code day} (days ahead a session has ended) and logs in. */
    private void dayAs(String day, String username) {
        logout();
        clock.setMorningOf(day);
        login(username);
    }

    @Test
    void aSuitFromFilingToItsEnd() {
        page.setViewportSize(1440, 900);
        clock.setMorningOf("2026-03-02");
        long id = f.aCaseAtExecution().id();

        clock.setMorningOf("2026-03-16");
        login("officer1");
        Locator remedies = openSection(id, "#case-remedies");
        ScreenChecks.buttonsWhole(page, remedies);
        page.locator("#remedy-file").click();
        pick("#remedy-kind", "vaadin-select-item", "行政诉讼");
        page.locator("#remedy-body input").fill("北京市朝阳区人民法院");
        dialogChecks("remedy-file-dialog.png");
        page.locator("#dialog-save").click();
        Locator grid = page.locator("#remedy-grid");
        assertThat(grid).containsText("行政诉讼");
        assertThat(grid).containsText("尚未终结（停止加处罚款）");
        assertThat(page.locator("#remedy-file")).hasCount(0); // one open remedy at a time

        dayAs("2026-03-20", "officer1");
        openSection(id, "#case-remedies");
        page.locator("#remedy-copy").click();
        assertThat(page.locator("#remedy-copy-received-on input")).hasValue("2026-03-20");
        dialogChecks("remedy-copy-dialog.png");
        page.locator("#dialog-save").click();
        assertThat(grid).containsText("收到副本日期 2026-03-20，答复或答辩期限 2026-04-07");
        Locator deadlines = page.locator("#case-deadlines");
        assertThat(deadlines.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("应诉答辩期限"))).hasCount(1);
        assertThat(deadlines).containsText("2026-04-07");
        assertThat(page.locator("#deadline-badge-LITIGATION_DEFENCE")).isVisible();
        ScreenChecks.noEnglish(page.locator("#case-remedies"));
        screenshot("remedy-copy-received.png", true);

        dayAs("2026-04-03", "officer1");
        openSection(id, "#case-remedies");
        page.locator("#remedy-reply").click();
        assertThat(page.locator("#remedy-reply-submitted-on > [slot=helper]")).hasText("答复或答辩期限 2026-04-07");
        page.locator("#remedy-reply-note textarea").fill("提交答辩状及现场检查笔录、照片等证据");
        dialogChecks("remedy-reply-dialog.png");
        page.locator("#dialog-save").click();
        assertThat(grid).containsText("提交答复或答辩日期 2026-04-03");
        assertThat(grid).not().containsText("逾期");

        dayAs("2026-05-12", "head1");
        openSection(id, "#case-remedies");
        page.locator("#remedy-hearing").click();
        assertThat(page.locator("#remedy-hearing-head")).hasAttribute("checked", "");
        page.locator("#remedy-hearing-attendee input").fill("吴海");
        dialogChecks("remedy-hearing-dialog.png");
        page.locator("#dialog-save").click();
        Locator hearings = page.locator("#remedy-hearing-grid");
        assertThat(hearings).containsText("2026-05-12");
        assertThat(hearings).containsText("吴海（机关负责人出庭）");

        dayAs("2026-06-01", "head1");
        openSection(id, "#case-remedies");
        page.locator("#remedy-conclude").click();
        page.locator("#dialog-save").click();
        assertThat(page.locator("#remedy-outcome")).hasAttribute("invalid", ""); // the outcome is required
        pick("#remedy-outcome", "vaadin-select-item", "维持或驳回");
        page.locator("#remedy-outcome-note textarea").fill("判决驳回原告诉讼请求");
        dialogChecks("remedy-conclude-dialog.png");
        page.locator("#dialog-save").click();
        assertThat(grid).containsText("维持或驳回：判决驳回原告诉讼请求");
        assertThat(grid).containsText("2026-03-16 – 2026-06-01");
        assertThat(page.locator("#remedy-conclude")).hasCount(0);
        assertThat(page.locator("#remedy-file")).isVisible(); // another remedy may be filed
        Locator timeline = page.locator("#case-timeline");
        assertThat(timeline).containsText("起诉状副本，答辩期限至 2026-04-07");
        assertThat(timeline).containsText("出庭应诉");
        ScreenChecks.noConstantNames(timeline);
        ScreenChecks.noEnglish(page.locator("#case-remedies"));
        ScreenChecks.buttonsWhole(page, page.locator("#case-remedies"));
        screenshot("remedy-concluded.png", true);
    }
}
