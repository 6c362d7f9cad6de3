package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 集体讨论 through the screens, in headless Chromium against the app with demo data: head1 convenes a meeting on the
 * demo case awaiting deliberation (party 赵某某) and takes attendance; head1, head2 and the principal head each log
 * in and vote on their own (head2 dissents with an opinion); the principal head adopts the resolution; each
 * confirms the minutes, which carry the dissent verbatim; then the deliberation step takes the resolution and the
 * decision step opens. Runs on its own in-memory database.
 */
class DeliberationBrowserIT extends BrowserTestBase {

    private static final Pattern MEETING_URL = Pattern.compile(".*/deliberations/\\d+$");
    private static final Pattern TASK_URL = Pattern.compile(".*/tasks/[^/?]+$");
    private static final Pattern INBOX_URL = Pattern.compile(".*/tasks(\\?.*)?$");
    private static final String DISSENT = "当事人已部分清理建材，罚款2000元偏重，我主张警告。";

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:browser-deliberation;MODE=MySQL;DB_CLOSE_DELAY=-1");
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
    }

    @Test
    void threeHeadsDeliberateWithADissentAndTheDecisionStepOpens() {
        // head1 convenes the meeting with the demo case on the agenda
        login("head1");
        page.navigate(url("/deliberations"));
        Locator agenda = page.locator("#delib-agenda vaadin-checkbox").filter(new Locator.FilterOptions()
                .setHasText("赵某某"));
        assertThat(agenda).hasCount(1);
        agenda.click();
        page.locator("#delib-place input").fill("街道办三楼会议室");
        page.locator("#delib-others vaadin-checkbox").first().click(); // the legal reviewer attends without a vote
        page.locator("#delib-convene").click();
        page.waitForURL(MEETING_URL);
        String meetingUrl = page.url();
        assertThat(page.locator("#meeting-status")).hasText("待开会");
        assertThat(page.locator("#meeting-attendance")).containsText("孙丽（法制审核人员（列席））");

        // voting cannot open before attendance is taken: refused with the reason
        page.locator("#meeting-open-voting").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("尚未登记"))).isVisible();
        for (String name : new String[] {"吴海", "郑芳", "黄志明"}) {
            Locator row = page.locator("#meeting-attendance .delib-attendee")
                    .filter(new Locator.FilterOptions().setHasText(name));
            row.locator("vaadin-button[id^='present-']").click();
            assertThat(page.locator("#meeting-attendance .delib-attendee").filter(new Locator.FilterOptions()
                    .setHasText(name)).locator("span[id^='attendance-']")).hasText("出席");
        }
        assertThat(page.locator("#meeting-quorum")).containsText("3 / 3");
        page.locator("#meeting-open-voting").click();
        assertThat(page.locator("#meeting-status")).hasText("表决中");
        vote("agree", "事实清楚，同意承办人处理意见。");
        assertThat(page.locator("#votes-1")).containsText("吴海：同意");
        logout();

        // head2 dissents, with the outcome they support
        login("head2");
        page.navigate(meetingUrl);
        page.locator("#vote-choice-1 vaadin-radio-button").nth(1).click();
        pick("#vote-outcome-1", "vaadin-select-item", "警告");
        page.locator("#vote-opinion-1 textarea").fill(DISSENT);
        page.locator("#vote-submit-1").click();
        assertThat(page.locator("#votes-1 .delib-dissent")).containsText(DISSENT);
        // a head only votes once, for himself: no second vote form
        assertThat(page.locator("#vote-submit-1")).hasCount(0);
        logout();

        // the principal head votes and, presiding, adopts the resolution
        login("principal");
        page.navigate(meetingUrl);
        vote("agree", "同意罚款2000元。");
        assertThat(page.locator("#votes-1")).containsText("郑芳：不同意（警告）");
        page.locator("#resolution-text-1 textarea").fill("经集体讨论，对当事人罚款2000元，责令立即清除占道建材。");
        page.locator("#resolution-adopt-1").click();
        assertThat(page.locator("#meeting-status")).hasText("待确认记录");
        assertThat(page.locator("#resolution-1")).containsText("赞成 2 人");
        assertThat(page.locator("#meeting-minutes")).containsText(DISSENT);
        assertThat(page.locator("#meeting-minutes")).containsText("郑芳：不同意");
        page.locator("#meeting-confirm").click();
        assertThat(page.locator("#meeting-confirmations")).containsText("黄志明：已确认");
        screenshot("deliberation-minutes.png", true);
        logout();

        for (String head : new String[] {"head2", "head1"}) {
            login(head);
            page.navigate(meetingUrl);
            page.locator("#meeting-confirm").click();
            assertThat(page.locator("#meeting-confirm")).hasCount(0);
            if (!"head1".equals(head)) {
                logout();
            }
        }
        assertThat(page.locator("#meeting-status")).hasText("已确认");

        // the case shows the deliberation history; the step takes the confirmed resolution; the decision opens
        page.locator("#item-case-1").click();
        page.waitForURL(Pattern.compile(".*/cases/\\d+$"));
        String caseUrl = page.url();
        assertThat(page.locator("#case-deliberations")).containsText(DISSENT);
        assertThat(page.locator("#case-stage")).hasText("集体讨论");
        page.locator("#case-open-tasks vaadin-button[id^='work-']").click();
        page.waitForURL(TASK_URL);
        assertThat(page.locator("#task-title")).hasText("集体讨论");
        assertThat(page.locator("#deliberation-resolution")).containsText("罚款");
        assertThat(page.locator("#deliberation-resolution")).containsText("2000");
        page.locator("#task-submit").click();
        page.waitForURL(INBOX_URL);
        page.navigate(caseUrl);
        assertThat(page.locator("#case-stage")).hasText("处罚决定");
        page.locator("#case-open-tasks vaadin-button[id^='work-']").click();
        page.waitForURL(TASK_URL);
        assertThat(page.locator("#task-title")).hasText("处罚决定");
        screenshot("deliberation-decision-open.png", false);
    }

    /** Casts the logged-in head's vote on item 1: AGREE with the handling proposal and the opinion. */
    private void vote(String choice, String opinion) {
        page.locator("#vote-choice-1 vaadin-radio-button").nth("agree".equals(choice) ? 0 : 2).click();
        page.locator("#vote-opinion-1 textarea").fill(opinion);
        page.locator("#vote-submit-1").click();
        assertThat(page.locator("#vote-submit-1")).hasCount(0);
    }
}
