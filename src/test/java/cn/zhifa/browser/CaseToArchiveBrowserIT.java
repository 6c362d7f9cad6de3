package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ScreenshotAnimations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A filed case goes to the archive through the screens, in headless Chromium against the app with demo data: demo
 * case 3 (party 陈某, under investigation, handlers officer1 主办 + officer3) is investigated and reported by
 * officer1, approved by the team leader, notified, the party waives, head1 decides (after being refused a fine above
 * the notified one), officer1 serves and records the payment, head1 approves closing — and the workspace shows the
 * archived, read-only case with its history. The rest (lead → filing) is {@link LeadToInboxBrowserIT}.
 *
 * <p>Runs on its own in-memory database: archiving demo case 3 must not change what the other browser tests find
 * (StatutoryClockBrowserIT extends the decision period of the same case while it is under investigation).
 */
class CaseToArchiveBrowserIT extends BrowserTestBase {

    private static final Pattern TASK_URL = Pattern.compile(".*/tasks/[^/?]+$");
    private static final Pattern INBOX_URL = Pattern.compile(".*/tasks(\\?.*)?$");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:browser-archive;MODE=MySQL;DB_CLOSE_DELAY=-1");
        // no dev-mode popup over the screenshots
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
    }

    @Autowired
    Clock clock;

    @Test
    void filedCaseTravelsThroughEveryStepToTheArchive() {
        String today = LocalDate.now(clock).toString(); // the date pickers show yyyy-MM-dd
        // a long walk on a shared 2-core machine: the screens may take more than the default 5 s to answer
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);

        // officer1 finds demo case 3 by its party
        login("officer1");
        long caseId = findCaseOfParty("陈某");
        assertThat(page.locator("#case-stage")).hasText("调查取证");
        assertThat(page.locator("#case-handlers")).containsText("王强（主办）");

        // 调查取证: the facts and one record
        work(caseId, "调查取证", "调查取证");
        page.locator("#investigate-facts textarea")
                .fill("经现场检查，当事人陈某在朝阳东路21号店外堆放货物，占用人行道约6平方米，事实清楚。");
        pick("#investigate-doc-0-type", "vaadin-select-item", "现场检查笔录");
        page.locator("#investigate-doc-0-title input").fill("现场检查笔录（朝阳东路21号）");
        submit();

        // 调查终结报告: a fine of 500 with an order to correct and the discretion reasons
        work(caseId, "调查终结", "调查终结报告");
        pick("#report-outcome", "vaadin-select-item", "罚款");
        page.locator("#report-fine input").fill("500");
        page.locator("#report-correction textarea").fill("责令立即改正，清除占用人行道的货物");
        page.locator("#report-discretion textarea").fill("初次违法、及时改正，按裁量基准一般情形从轻处罚");
        // the item has a 裁量基准: without the tier whose conditions apply the report is refused, in Chinese
        page.locator("#task-submit").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("须选择条件相符的裁量阶次")).first()).isVisible();
        assertThat(page.locator("#task-title")).hasText("调查终结报告");
        page.locator("#report-tier vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("从轻处罚 · 200–1,000")).click();
        submit();
        logout();

        // 案件审核: the team leader approves
        login("leader1");
        work(caseId, "案件审核", "案件审核");
        assertThat(page.locator("#review-approve vaadin-radio-button[checked]")).hasText("同意");
        page.locator("#review-opinion textarea").fill("事实清楚，证据确凿，同意");
        submit();
        logout();

        // 事先告知: served today, directly (the form's defaults)
        login("officer1");
        work(caseId, "事先告知", "送达事先告知书");
        assertThat(page.locator("#notice-served-date input")).hasValue(today);
        assertThat(page.locator("#notice-method")).containsText("直接送达");
        // 预览文书: the notice as the form stands, nothing stored, no number taken
        int numbers = numbersIssued();
        page.locator("#task-preview").click();
        Map<String, String> notice = docs().previewed();
        org.assertj.core.api.Assertions.assertThat(notice).containsOnlyKeys("ADVANCE_NOTICE");
        org.assertj.core.api.Assertions.assertThat(notice.get("ADVANCE_NOTICE")).contains("行政处罚事先告知书", "陈某", "罚款人民币伍佰元整（¥500.00）",
                "陈述、申辩", "五个工作日内", "联系地址", "（预览，文书号于制作时编号）");
        screenshot("case-notice-preview.png", false);
        page.locator("#task-preview-close").click();
        org.assertj.core.api.Assertions.assertThat(numbersIssued()).isEqualTo(numbers);
        submit();

        // 陈述申辩: the party waives
        work(caseId, "陈述申辩", "陈述申辩");
        page.locator("#statement-waived vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("明确放弃陈述申辩")).click();
        assertThat(page.locator("#statement-review")).isHidden();
        submit();
        logout();

        // 处罚决定: head1 starts from the proposal; a fine above the notified 500 is refused and the form stays
        login("head1");
        work(caseId, "处罚决定", "处罚决定");
        assertThat(page.locator("#decision-outcome")).containsText("罚款");
        assertThat(page.locator("#decision-correction textarea")).hasValue("责令立即改正，清除占用人行道的货物");
        assertThat(page.locator("#decision-date input")).hasValue(today);
        Locator fine = page.locator("#decision-fine input");
        fine.fill("600");
        page.locator("#task-submit").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("不得因当事人陈述申辩而加重处罚"))).isVisible();
        assertThat(page).hasURL(TASK_URL);
        assertThat(page.locator("#task-title")).hasText("处罚决定");
        assertThat(fine).hasValue("600");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("case-decision-refused.png"))
                .setAnimations(ScreenshotAnimations.DISABLED));
        fine.fill("500");
        // 预览文书 of the decision form: the decision and the order to correct, with the 500 now in the form
        numbers = numbersIssued();
        page.locator("#task-preview").click();
        Map<String, String> decided = docs().previewed();
        org.assertj.core.api.Assertions.assertThat(decided).containsOnlyKeys("DECISION_APPROVAL_FORM", "DECISION",
                "CORRECTION_ORDER");
        org.assertj.core.api.Assertions.assertThat(decided.get("DECISION_APPROVAL_FORM")).contains("处理决定审批表",
                "陈某", "同意拟处理意见，决定：罚款人民币伍佰元整（¥500.00）", "审批负责人");
        org.assertj.core.api.Assertions.assertThat(decided.get("DECISION")).contains("行政处罚决定书", "陈某", "罚款人民币伍佰元整（¥500.00）",
                "申请行政复议", "（预览，文书号于制作时编号）").doesNotContain("陆佰");
        org.assertj.core.api.Assertions.assertThat(decided.get("CORRECTION_ORDER")).contains("责令(限期)改正通知书", "责令立即改正，清除占用人行道的货物");
        screenshot("case-decision-preview.png", false);
        page.locator("#task-preview-close").click();
        // the head types his own 审批意见: the approval form carries it instead of the generated sentence
        page.locator("#decision-opinion textarea").fill("同意。当事人初次违法，按一般情形处罚。");
        screenshot("case-decision-opinion.png", true);
        page.locator("#task-preview").click();
        org.assertj.core.api.Assertions.assertThat(docs().previewed().get("DECISION_APPROVAL_FORM"))
                .contains("同意。当事人初次违法，按一般情形处罚。", "决定：罚款人民币伍佰元整（¥500.00）")
                .doesNotContain("同意拟处理意见");
        page.locator("#task-preview-close").click();
        org.assertj.core.api.Assertions.assertThat(numbersIssued()).isEqualTo(numbers);
        submit();
        logout();

        // 送达决定书 today, directly; 执行: 500 paid today (the form's defaults)
        login("officer1");
        work(caseId, "送达", "送达决定书");
        assertThat(page.locator("#service-served-date input")).hasValue(today);
        assertThat(page.locator("#service-method")).containsText("直接送达");
        submit();
        work(caseId, "执行", "执行");
        assertThat(page.locator("#execution-paid vaadin-radio-button[checked]")).hasText("已缴纳罚款");
        Locator amount = page.locator("#execution-amount input");
        amount.fill("500");
        assertThat(page.locator("#execution-paid-date input")).hasValue(today);
        submit();
        logout();

        // 结案审批: head1 approves; the case is archived
        login("head1");
        work(caseId, "结案审批", "结案审批");
        assertThat(page.locator("#closing-approve vaadin-radio-button[checked]")).hasText("同意结案");
        page.locator("#closing-opinion textarea").fill("已履行完毕，同意结案");
        submit();

        page.navigate(url("/cases/" + caseId));
        assertThat(page.locator("#case-stage")).hasText("已归档");
        assertThat(page.locator("#case-read-only")).isVisible();
        assertThat(page.locator("#case-read-only")).hasClass(Pattern.compile(".*zhifa-readonly-notice.*"));
        assertThat(page.locator("#case-read-only")).containsText("只能查看，不能办理");
        assertThat(page.locator("#case-open-tasks")).hasCount(0);
        assertThat(page.locator("vaadin-button[id^='work-']")).hasCount(0);
        Locator timeline = page.locator("#case-timeline");
        // every step's action and stage change (the grid shows all its rows: no lazy paging here)
        for (String entry : new String[] {"批准立案", "调查取证 → 调查终结", "调查终结报告", "调查终结 → 案件审核",
            "案件审核通过", "案件审核 → 事先告知", "事先告知书送达", "事先告知 → 陈述申辩", "当事人放弃陈述申辩",
            "陈述申辩 → 处罚决定", "作出决定", "处罚决定 → 送达", "决定书送达", "送达 → 执行", "缴款登记",
            "执行 → 结案审批", "批准结案", "结案审批 → 已归档", "已履行完毕，同意结案"}) {
            assertThat(timeline).containsText(entry);
        }
        assertThat(page.locator("#case-documents")).containsText("现场检查笔录（朝阳东路21号）");
        assertThat(page.locator("#case-documents")).containsText("行政处罚决定书");
        wholeViewScreenshot("case-archived.png");
        everyDocumentOfTheWalk(caseId);
    }

    @Autowired
    JdbcTemplate jdbc;

    private CaseDocumentChecks docs() {
        return new CaseDocumentChecks(page, this::url);
    }

    /**
     * Done-when of issue 11: every document the walk produced is in the workspace's 文书 section and downloads, with
     * the session, as PDF and Word — each with its number, its content and the amounts in figures and capitals; the
     * timeline's document entries open the document; the 卷宗 has its cover, index, 备考表 and a bookmark per document.
     */
    private void everyDocumentOfTheWalk(long caseId) {
        for (int i = 0; i < 120 && jdbc.queryForObject("SELECT COUNT(*) FROM doc_render_job WHERE case_id = ? "
                + "AND status <> 'DONE'", Integer.class, caseId) > 0; i++) {
            page.waitForTimeout(500); // rendered after the commit (async in this app)
        }
        page.navigate(url("/cases/" + caseId));
        page.locator("#documents-section").waitFor();
        String year = String.valueOf(LocalDate.now(clock).getYear());
        String amount = "人民币伍佰元整（¥500.00）";
        List<CaseDocumentChecks.Row> rows = docs().documentRows();
        Map<String, List<CaseDocumentChecks.Row>> byType = rows.stream()
                .collect(Collectors.groupingBy(CaseDocumentChecks.Row::type));
        org.assertj.core.api.Assertions.assertThat(byType).containsKeys("INVESTIGATION_RECORD",
                "INVESTIGATION_REPORT", "CASE_REVIEW_FORM", "ADVANCE_NOTICE", "STATEMENT_WAIVER", "DECISION",
                "CORRECTION_ORDER", "SERVICE_RECEIPT", "CLOSING_APPROVAL_FORM", "DECISION_APPROVAL_FORM");
        for (CaseDocumentChecks.Row r : rows) {
            // the PDF's text layer and the Word file say the same
            for (String text : List.of(r.pdf(), r.docx())) {
                org.assertj.core.api.Assertions.assertThat(text).as(r.type()).contains("朝阳街道综合行政执法队")
                        .doesNotContain("{{");
            }
        }
        String notice = number(byType, "ADVANCE_NOTICE", "朝综执告字〔" + year + "〕第\\d{4}号");
        String decision = number(byType, "DECISION", "朝综执罚决字〔" + year + "〕第\\d{4}号");
        String correction = number(byType, "CORRECTION_ORDER", "朝综执责改字〔" + year + "〕第\\d{4}号");
        for (String text : texts(byType, "DECISION")) {
            // 行政处罚法 Art. 59 and 行政强制法 Art. 45
            org.assertj.core.api.Assertions.assertThat(text).contains(decision, "陈某", "经查明",
                    "占用人行道约6平方米", "现场检查笔录（朝阳东路21号）", "违反了", "依据", "罚款" + amount, "十五日内",
                    "百分之三加处罚款", "六十日内", "申请行政复议", "六个月内", "提起行政诉讼",
                    "朝阳街道综合行政执法队（印章）");
        }
        for (String text : texts(byType, "ADVANCE_NOTICE")) {
            org.assertj.core.api.Assertions.assertThat(text).contains(notice, "陈某", amount, "陈述、申辩",
                    "五个工作日内", "联系地址", "初次违法、及时改正");
        }
        for (String text : texts(byType, "CORRECTION_ORDER")) {
            org.assertj.core.api.Assertions.assertThat(text).contains(correction, "第二十八条",
                    "责令立即改正，清除占用人行道的货物");
        }
        for (String text : texts(byType, "INVESTIGATION_REPORT")) {
            org.assertj.core.api.Assertions.assertThat(text).contains("罚款" + amount, "初次违法、及时改正");
        }
        for (String text : texts(byType, "CLOSING_APPROVAL_FORM")) {
            org.assertj.core.api.Assertions.assertThat(text).contains("已缴纳罚款" + amount, "已履行完毕，同意结案");
        }
        // a 送达回证 for each served document, naming it and its number
        List<String> receipts = texts(byType, "SERVICE_RECEIPT");
        for (String no : List.of(notice, decision, correction)) {
            org.assertj.core.api.Assertions.assertThat(receipts).as(no).anyMatch(t -> t.contains(no));
        }

        // the timeline's document entries open the document (its PDF), not a route of the application
        Locator link = page.locator("#case-timeline a.timeline-document").filter(new Locator.FilterOptions()
                .setHasText(decision)).first();
        String href = link.getAttribute("href");
        org.assertj.core.api.Assertions.assertThat(href).matches("document-files/\\d+/pdf.*");
        org.assertj.core.api.Assertions.assertThat(link.getAttribute("target")).isEqualTo("_blank");
        org.assertj.core.api.Assertions.assertThat(CaseDocumentChecks.pdfText(docs().fetch(href, "application/pdf")))
                .contains("行政处罚决定书", decision);

        // the 卷宗: frozen at 归档, cover, index with page numbers, 备考表, a bookmark per document
        byte[] dossier = docs().fetch(page.locator("#documents-dossier").getAttribute("href"), "application/pdf");
        org.assertj.core.api.Assertions.assertThat(CaseDocumentChecks.pdfText(dossier)).contains("行政处罚案件卷宗",
                "卷内文件目录", "页号", "证据清单", "卷内备考表", decision).doesNotContain("草稿");
        org.assertj.core.api.Assertions.assertThat(CaseDocumentChecks.bookmarks(dossier)).contains("卷宗封面",
                "卷内文件目录", "卷内备考表", "行政处罚决定书 " + decision);
        org.assertj.core.api.Assertions.assertThat(CaseDocumentChecks.pages(dossier)).isGreaterThan(rows.size());
    }

    private static List<String> texts(Map<String, List<CaseDocumentChecks.Row>> byType, String type) {
        return byType.get(type).stream().flatMap(r -> java.util.stream.Stream.of(r.pdf(), r.docx())).toList();
    }

    /** The document's number as the 文书 section shows it, matching the pattern and printed in both files. */
    private static String number(Map<String, List<CaseDocumentChecks.Row>> byType, String type, String pattern) {
        CaseDocumentChecks.Row r = byType.get(type).get(byType.get(type).size() - 1);
        java.util.regex.Matcher m = Pattern.compile(pattern).matcher(r.line());
        org.assertj.core.api.Assertions.assertThat(m.find()).as(type + " " + r.line()).isTrue();
        org.assertj.core.api.Assertions.assertThat(r.pdf()).contains(m.group());
        org.assertj.core.api.Assertions.assertThat(r.docx()).contains(m.group());
        return m.group();
    }

    private int numbersIssued() {
        return jdbc.queryForObject("SELECT COALESCE(SUM(seq), 0) FROM doc_number_seq", Integer.class);
    }


    /**
     * The app layout scrolls its content area, not the document, so a full-page screenshot stops at the viewport:
     * the viewport is made as tall as the view first.
     */
    private void wholeViewScreenshot(String name) {
        int height = ((Number) page.evaluate("() => { const v = document.querySelector('.zhifa-view');"
                + " return Math.ceil(v.getBoundingClientRect().top + v.scrollHeight) + 40; }")).intValue();
        page.setViewportSize(1400, Math.max(900, height));
        screenshot(name, true);
    }

    /** 案件查询 finds a party by a piece from the middle of its name or by one character, and says so (decision 0032). */
    @Test
    void partySearchFindsAPieceFromTheMiddleOfTheName() {
        login("officer1");
        page.navigate(url("/cases"));
        assertThat(page.locator("#search-party > [slot=helper]")).containsText("任意部分");
        page.locator("#search-party input").fill("某广告");
        page.locator("#search-submit").click();
        page.waitForFunction("() => document.querySelector('#search-grid').size === 1");
        assertThat(page.locator("#search-grid")).containsText("北京某某广告有限公司");
        // one character: 刘某某, 北京某某广告有限公司, 陈某, 孙某, 王某某 of the demo data (at least)
        page.locator("#search-party input").fill("某");
        page.locator("#search-submit").click();
        page.waitForFunction("() => document.querySelector('#search-grid').size >= 5");
    }

    /** Searches /cases by party, waits for exactly one hit and opens it; returns the case id. */
    private long findCaseOfParty(String party) {
        page.navigate(url("/cases"));
        page.locator("#search-party input").fill(party);
        page.locator("#search-submit").click();
        // the lazy grid's size, not the text of its pooled rows
        page.waitForFunction("() => document.querySelector('#search-grid').size === 1");
        page.locator("#search-grid a:visible").filter(new Locator.FilterOptions().setHasText("朝综执立字")).first()
                .click();
        page.waitForURL(Pattern.compile(".*/cases/\\d+$"));
        return Long.parseLong(page.url().replaceAll(".*/cases/", ""));
    }

    /** Opens the case at the stage, clicks its one open task and checks the task form's title. */
    private void work(long caseId, String stage, String taskTitle) {
        page.navigate(url("/cases/" + caseId));
        assertThat(page.locator("#case-stage")).hasText(stage);
        Locator work = page.locator("#case-open-tasks vaadin-button[id^='work-']");
        assertThat(work).hasCount(1);
        work.click();
        page.waitForURL(TASK_URL);
        assertThat(page.locator("#task-title")).hasText(taskTitle);
    }

    /** Submits the task form; accepted when the app goes back to the inbox. */
    private void submit() {
        page.locator("#task-submit").click();
        page.waitForURL(INBOX_URL);
        assertThat(page.locator("#inbox-grid")).isVisible();
    }
}
