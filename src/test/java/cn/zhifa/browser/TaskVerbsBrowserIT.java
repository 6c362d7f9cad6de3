package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseWorkflowService;
import cn.zhifa.casefile.IdType;
import cn.zhifa.casefile.LeadSource;
import cn.zhifa.casefile.NewLead;
import cn.zhifa.casefile.Party;
import cn.zhifa.casefile.PartyKind;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.ViolationItem;
import cn.zhifa.tasks.InboxService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The task centre's verbs in the browser (issue 16 item 1) at 1440×900 and 390×844: a team leader finds an officer's
 * task in the unit's view and gives it to the other handler (转办) with a reason, urges it (催办, the count shows on the
 * row), and the officer finds the step he completed under 已办 with the case's current stage. Chinese only on these
 * screens; the buttons and the dialog on screen. Screenshots under target/screenshots/verbs-*.png.
 */
class TaskVerbsBrowserIT extends BrowserTestBase {

    /** Latin words on a Chinese screen (the case number and dates are digits and Chinese). */
    static final Pattern LATIN = Pattern.compile("[A-Za-z]{2,}");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:browser-verbs;MODE=MySQL;DB_CLOSE_DELAY=-1");
        // no dev-mode popup over the screenshots (nor over a phone's menu, which opens at the bottom)
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
    }

    @Autowired CaseFileService cases;
    @Autowired CaseWorkflowService workflow;
    @Autowired InboxService inbox;
    @Autowired OrganizationService organization;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private Actor actor(String username) {
        return organization.findByUsername(username).orElseThrow().toActor();
    }

    /** A filed case of officer1 (主办) and officer2, its investigation claimed by officer1 and overdue (top of the list). */
    /** A lead of officer1 verified with officer1 and officer2 as handlers, waiting for 立案审批. */
    private CaseFile aLeadAtFilingApproval(String party) {
        LocalDate today = LocalDate.now(clock);
        CaseFile c = cases.registerLead(actor("officer1"), new NewLead(LeadSource.INSPECTION,
                "巡查发现占道经营：" + party, "朝阳路9号", today, today, null,
                List.of(new Party(PartyKind.NATURAL_PERSON, party, IdType.ID_CARD, "110105199001011234",
                        "13800000000", "朝阳路9号"))));
        long item = organization.items(true).stream().map(ViolationItem::id).findFirst().orElseThrow();
        workflow.complete(actor("officer1"), inbox.openTasksOfCase(c.id()).get(0).taskId(),
                new StepPayload.VerifyLead(true, item, today,
                        List.of(actor("officer1").userId(), actor("officer2").userId()), "核查属实，建议立案"));
        return c;
    }

    private CaseFile aCaseUnderInvestigation(String party) {
        LocalDate today = LocalDate.now(clock);
        CaseFile c = aLeadAtFilingApproval(party);
        c = workflow.complete(actor("head1"), inbox.openTasksOfCase(c.id()).get(0).taskId(),
                new StepPayload.ApproveFiling(true, "同意立案"));
        String taskId = inbox.openTasksOfCase(c.id()).get(0).taskId();
        inbox.claim(actor("officer1"), taskId);
        inbox.setDueDate(taskId, today.minusDays(3));
        return c;
    }

    /** The grid's cells in sight with the text (a list read again keeps its unused rows in the page, hidden). */
    private Locator shown(String text) {
        return page.locator("#inbox-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text).setVisible(true));
    }

    private String taskOf(CaseFile c) {
        return inbox.openTasksOfCase(c.id()).get(0).taskId();
    }

    private Long assignee(String taskId) {
        return jdbc.queryForObject("SELECT assignee_id FROM task_inbox WHERE task_id = ?", Long.class, taskId);
    }

    @Autowired cn.zhifa.summary.SummaryProcedureService summaries;
    @Autowired cn.zhifa.casefile.ExecutionService execution;

    @Test
    void anOfficerFilesTwoSummaryDecisionsInOneGo() {
        List<Long> ids = new java.util.ArrayList<>();
        for (String fine : List.of("100", "150")) {
            ids.add(summaries.decide(actor("officer1"), new cn.zhifa.summary.OnTheSpotPenalty(
                    PartyKind.NATURAL_PERSON, "批量当事人", IdType.ID_CARD, null, "13800000001", "在朝阳路10号店外占道经营",
                    true, "《城市市容和环境卫生管理条例》第三十六条", "朝阳路10号", null, null,
                    cn.zhifa.summary.PenaltyKind.FINE, new java.math.BigDecimal(fine), actor("officer2").userId(), true,
                    "承认占道，已自行清理", false, true, false, null, null, null, null)).caseId());
            // paid at the bank before the 备案 (decision 0031): the filing closes the case
            execution.pay(actor("officer2"), ids.get(ids.size() - 1), new cn.zhifa.casefile.ExecutionService
                    .PaymentInput("BANK-V-" + ids.get(ids.size() - 1), new java.math.BigDecimal(fine),
                    java.math.BigDecimal.ZERO, LocalDate.now(clock)));
        }
        page.setViewportSize(1440, 900);
        login("officer1");
        pick("#inbox-procedure", "vaadin-select-item", "简易程序");
        // the list has been read again for the summary procedure before any box is ticked (no lead's step is left)
        assertThat(shown("线索核查")).hasCount(0);
        assertThat(page.locator("#inbox-grid")).containsText("备案");
        Locator boxes = page.locator("#inbox-grid vaadin-checkbox");
        // tick every summary task in sight (the header's select-all is hidden for a lazy list)
        for (int i = 0; i < boxes.count(); i++) {
            if (boxes.nth(i).isVisible()) {
                boxes.nth(i).click();
            }
        }
        Locator fileAll = page.locator("#bulk-SUMMARY_FILE_RECORD");
        assertThat(fileAll).isVisible();
        assertThat(fileAll).containsText("批量备案");
        screenshot("verbs-bulk-filing.png", false);
        fileAll.click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("批量备案：完成"))).isVisible();
        for (long id : ids) {
            assertThat(cases.get(actor("officer1"), id).stage().name()).isEqualTo("ARCHIVED");
        }
        assertThat(page.locator("#inbox-bulk")).isHidden();
    }

    /** The 退回 dialog on a phone (390×844): target, reason and the button in sight, nothing scrolls sideways. */
    @Test
    void theSendBackDialogFitsAPhone() {
        CaseFile c = aLeadAtFilingApproval("丁某");
        page.setViewportSize(390, 844);
        login("head1");
        page.navigate(url("/tasks/" + taskOf(c)));
        page.locator("#task-send-back").scrollIntoViewIfNeeded();
        page.locator("#task-send-back").click();
        assertThat(page.locator("#send-back-target")).containsText("线索核查");
        onScreen(page.locator("#send-back-ok").boundingBox(), 390, 844, "退回 OK at 390");
        onScreen(page.locator("#send-back-reason").boundingBox(), 390, 844, "退回 reason at 390");
        noLatin(page.locator("vaadin-dialog-overlay[opened]").innerText(), "the 退回 dialog at 390");
        Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as("sideways scrolling at 390").isLessThanOrEqualTo(0);
        screenshot("verbs-phone-send-back.png", false);
        page.keyboard().press("Escape"); // the dialog closes, nothing was sent back
        assertThat(page.locator("vaadin-dialog-overlay[opened]")).hasCount(0);
        assertThat(inbox.openTasksOfCase(c.id()).get(0).taskKey()).isEqualTo("Task_ApproveFiling");
        logout();
    }

    @Test
    void aHeadSendsTheFilingApprovalBackToVerification() {
        CaseFile c = aLeadAtFilingApproval("丙某");
        String approval = taskOf(c);
        page.setViewportSize(1440, 900);
        login("head1");
        page.navigate(url("/tasks/" + approval));
        assertThat(page.locator("#task-title")).hasText("立案审批");
        page.locator("#task-send-back").click();
        assertThat(page.locator("#send-back-target")).containsText("线索核查");
        // without a reason: refused in Chinese, nothing changes
        page.locator("#send-back-ok").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("请填写“理由”"))).isVisible();
        assertThat(taskOf(c)).isEqualTo(approval);
        page.locator("#send-back-reason textarea").fill("核查不充分，请补充现场照片");
        screenshot("verbs-send-back.png", false);
        page.locator("#send-back-ok").click();
        page.waitForURL(Pattern.compile(".*/tasks(\\?.*)?$"));
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("已退回到“线索核查”"))).isVisible();
        assertThat(inbox.openTasksOfCase(c.id()).get(0).taskKey()).isEqualTo("Task_VerifyLead");
        assertThat(cases.get(actor("head1"), c.id()).stage().name()).isEqualTo("VERIFICATION");
        // the officer finds it in his inbox again, and the case page's record names it
        logout();
        login("officer1");
        page.navigate(url("/cases/" + c.id()));
        assertThat(page.locator("body")).containsText("立案审批 → 线索核查：核查不充分，请补充现场照片");
    }

    /** 常用筛选: an officer narrows his list to a party, saves it, clears it and applies it again (desktop and phone). */
    @Test
    void anOfficerSavesAFilterAndAppliesItAgain() {
        savedFilterWalk(1440, 900, "desktop");
        savedFilterWalk(390, 844, "phone");
    }

    private void savedFilterWalk(int width, int height, String tag) {
        LocalDate today = LocalDate.now(clock);
        String mark = tag.equals("phone") ? "乙" : "甲";
        for (String party : List.of("筛选测试" + mark + "建材店", "另一家" + mark + "餐馆")) {
            cases.registerLead(actor("officer1"), new NewLead(LeadSource.INSPECTION, "巡查发现占道经营：" + party,
                    "朝阳路12号", today, today, null, List.of(new Party(PartyKind.NATURAL_PERSON, party,
                            IdType.ID_CARD, "110105199001011234", "13800000000", "朝阳路12号"))));
        }
        page.setViewportSize(width, height);
        login("officer1");
        assertThat(shown("另一家" + mark + "餐馆").first()).isVisible();
        page.locator("#inbox-filter-details vaadin-details-summary, #inbox-filter-details [part='summary']").first()
                .click();
        page.locator("#inbox-filter-party input").fill("测试" + mark + "建材");
        assertThat(shown("另一家" + mark + "餐馆")).hasCount(0);
        assertThat(shown("筛选测试" + mark + "建材店").first()).isVisible();
        Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as("page scrolls sideways at %d", width).isLessThanOrEqualTo(0);
        onScreen(page.locator("#inbox-filter-save").boundingBox(), width, Integer.MAX_VALUE, "保存 at " + width);
        screenshot("verbs-" + tag + "-filter.png", false);

        // no name: refused in Chinese, nothing saved; with a name it is saved and selected
        page.locator("#inbox-filter-save").click();
        page.locator("#inbox-filter-name-ok").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("请填写筛选名称");
        String name = "建材店线索" + mark;
        page.locator("#inbox-filter-name input").fill(name);
        page.locator("#inbox-filter-name-ok").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("已保存常用筛选“" + name + "”");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_saved_filter WHERE name = ?", Long.class, name))
                .isEqualTo(1L);

        page.locator("#inbox-filter-clear").click();
        assertThat(shown("另一家" + mark + "餐馆").first()).isVisible();
        pick("#inbox-saved-filter", "vaadin-select-item", name);
        assertThat(shown("另一家" + mark + "餐馆")).hasCount(0);
        assertThat(page.locator("#inbox-filter-party input")).hasValue("测试" + mark + "建材");
        noLatin(page.locator("#inbox-filters").innerText(), "the filter bar at " + width);
        screenshot("verbs-" + tag + "-filter-saved.png", false);
        page.locator("#inbox-filter-delete").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("已删除常用筛选");
        assertThat(shown("另一家" + mark + "餐馆").first()).isVisible();
        logout();
    }

    @Test
    void aTeamLeaderReassignsAndUrgesAndTheOfficerSeesHisDoneTasks() {
        walk(1440, 900, "甲某", "desktop");
        walk(390, 844, "乙某", "phone");
    }

    private void walk(int width, int height, String party, String tag) {
        CaseFile c = aCaseUnderInvestigation(party);
        String taskId = taskOf(c);
        page.setViewportSize(width, height);
        login("leader1");
        pick("#inbox-scope", "vaadin-select-item", "本单位全部待办");
        // the phone's column order is applied once the window's width is known
        assertThat(page.locator("#inbox-grid")).hasAttribute("data-phone", String.valueOf(width <= 640));
        Locator more = page.locator("#more-" + taskId);
        assertThat(more).isVisible();
        assertThat(page.locator("#inbox-grid")).containsText(c.caseNo());
        if (width > 640) { // at 1440 every column is in sight without sideways scrolling, every row's buttons too
            onScreen(more.boundingBox(), width, height, "更多操作 at " + width);
            // every row's buttons within the width (rows below the fold are the list's own scrolling)
            Locator buttons = page.locator("#inbox-grid .inbox-more, #inbox-grid .inbox-work, #inbox-grid .inbox-claim")
                    .filter(new Locator.FilterOptions().setVisible(true));
            for (int i = 0; i < buttons.count(); i++) {
                onScreen(buttons.nth(i).boundingBox(), width, Integer.MAX_VALUE, "row buttons at " + width);
            }
            onScreen(page.locator("#inbox-grid .inbox-due").first().boundingBox(), width, height, "期限 at " + width);
        } else { // on a phone the deadline chip comes first
            onScreen(page.locator("#inbox-grid .inbox-due").first().boundingBox(), width, height, "期限 at " + width);
            more.scrollIntoViewIfNeeded();
            page.waitForFunction("id => { const r = document.getElementById(id).getBoundingClientRect();"
                    + " return r.left >= 0 && r.right <= window.innerWidth; }", "more-" + taskId);
            onScreen(more.boundingBox(), width, height, "更多操作 at " + width);
        }
        screenshot("verbs-" + tag + "-unit-inbox.png", false);

        // 转办: without a reason it is refused in Chinese and nothing changes; with one the task moves to 李娜
        pick("#more-" + taskId, "vaadin-menu-bar-item", "转办");
        Locator dialog = page.locator("vaadin-dialog-overlay[opened]");
        assertThat(dialog).containsText("转办任务");
        pick("#reassign-to", "vaadin-select-item", "李娜");
        page.locator("#reassign-ok").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("转办须填写理由");
        assertThat(assignee(taskId)).isEqualTo(actor("officer1").userId());
        page.locator("#reassign-reason textarea").fill("王强外出培训，由李娜继续调查");
        noLatin(dialog.innerText(), "the 转办 dialog at " + width);
        onScreen(page.locator("#reassign-ok").boundingBox(), width, height, "转办 OK at " + width);
        screenshot("verbs-" + tag + "-reassign.png", false);
        page.locator("#reassign-ok").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("已转办");
        assertThat(dialog).hasCount(0);
        assertThat(assignee(taskId)).isEqualTo(actor("officer2").userId());

        // 催办: the count shows on the row
        pick("#more-" + taskId, "vaadin-menu-bar-item", "催办");
        assertThat(dialog).containsText("催办任务");
        page.locator("#urge-message textarea").fill("请本周内完成调查取证");
        noLatin(dialog.innerText(), "the 催办 dialog at " + width);
        screenshot("verbs-" + tag + "-urge.png", false);
        page.locator("#urge-ok").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("已催办（第 1 次）");
        assertThat(page.locator("#inbox-grid")).containsText("已催办 1 次");
        screenshot("verbs-" + tag + "-urged.png", false);
        noLatin(page.locator("#inbox-grid").innerText(), "the unit's inbox at " + width);
        logout();

        // 已办: officer1 completed 线索核查; the case stands in 调查取证 now
        login("officer1");
        page.locator("#tab-done").click();
        Locator done = page.locator("#done-grid");
        assertThat(done).isVisible();
        assertThat(done).containsText(c.caseNo());
        assertThat(done).containsText("线索核查");
        assertThat(done).containsText("调查取证");
        noLatin(done.innerText(), "已办 at " + width);
        screenshot("verbs-" + tag + "-done.png", false);
        logout();
    }

    private static void noLatin(String text, String where) {
        assertThat(LATIN.matcher(text).results().map(m -> m.group()).toList()).as("English on %s", where).isEmpty();
    }

    private static void onScreen(BoundingBox box, int width, int height, String what) {
        assertThat(box).as(what).isNotNull();
        assertThat(box.x).as(what).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as(what).isLessThanOrEqualTo(width);
        assertThat(box.y + box.height).as(what).isLessThanOrEqualTo(height);
    }
}
