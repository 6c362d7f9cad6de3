package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.IdType;
import cn.zhifa.casefile.LeadSource;
import cn.zhifa.casefile.NewLead;
import cn.zhifa.casefile.Party;
import cn.zhifa.casefile.PartyKind;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.supervision.PlanMethod;
import cn.zhifa.supervision.Plans.NewPlan;
import cn.zhifa.supervision.Plans.Plan;
import cn.zhifa.supervision.Plans.PlanCase;
import cn.zhifa.supervision.Plans.Score;
import cn.zhifa.supervision.Plans.ScoreInput;
import cn.zhifa.supervision.Plans.UnitReport;
import cn.zhifa.supervision.ReportService;
import cn.zhifa.supervision.ReviewPlanService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Supervision screens added for issue 13: the reviewed unit's head lodges an objection (异议) to one case's score on
 * 评查异议与复核 and the supervisor answers it (复核); the administrator edits the rubric, is refused an invalid one
 * with nothing changed, and saves a valid one as a new version. Each user's menu is walked: every entry opens (no
 * refused page), so a menu shows only what its user may open.
 */
class SupervisionObjectionsBrowserIT extends BrowserTestBase {

    @Autowired ReviewPlanService plans;
    @Autowired cn.zhifa.supervision.ScoringService scoring;
    @Autowired ReportService reports;
    @Autowired CaseFileService cases;
    @Autowired OrganizationService organization;
    @Autowired JdbcTemplate jdbc;
    @Autowired java.time.Clock clock;

    @BeforeEach
    void patientAssertions() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @AfterEach
    void usualAssertions() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    private Actor actor(String username) {
        return organization.findByUsername(username).orElseThrow().toActor();
    }

    /** A one-case sample of head1's unit, scored and signed by supervisor1 as pre-filled, and its report issued. */
    private UnitReport issuedReport() {
        Actor supervisor = actor("supervisor1");
        long unit = actor("head1").unitId();
        LocalDate today = LocalDate.now(clock); // the office's day (Asia/Shanghai), as the service dates cases
        cases.registerLead(actor("officer1"), new NewLead(LeadSource.INSPECTION, "巡查发现占道经营（异议测试）",
                "朝阳路8号", today, today, null, List.of(new Party(PartyKind.NATURAL_PERSON, "异议测试当事人",
                        IdType.ID_CARD, "110105199001011234", "13800000000", "朝阳路8号"))));
        Plan p = plans.create(supervisor, new NewPlan("异议浏览器测试计划", PlanMethod.SAMPLE, false, List.of(unit),
                today.minusYears(3), today, List.of("ORDINARY", "SUMMARY"), 1, 4242L, List.of(),
                today.plusDays(30)));
        PlanCase pc = p.cases().get(0);
        plans.assign(supervisor, pc.id(), supervisor.userId());
        Score sheet = scoring.sheet(supervisor, pc.id());
        scoring.save(supervisor, pc.id(), new ScoreInput(sheet.lines(), "浏览器测试评分"));
        scoring.sign(supervisor, pc.id());
        return reports.issueReport(supervisor, p.id(), unit, "加强案卷管理");
    }

    /** Every entry of the signed-in user's side menu opens its page (none ends on the refused page). */
    private void everyMenuEntryOpens() {
        @SuppressWarnings("unchecked")
        List<String> paths = (List<String>) page.locator("#side-nav vaadin-side-nav-item")
                .evaluateAll("els => els.map(e => e.getAttribute('path')).filter(p => p)");
        org.assertj.core.api.Assertions.assertThat(paths).isNotEmpty();
        for (String path : paths) {
            page.navigate(url("/" + path.replaceFirst("^/", "")));
            assertThat(page.locator("#side-nav")).isVisible();
            org.assertj.core.api.Assertions.assertThat(page.locator("#refused-page").count())
                    .as("menu entry %s opens", path).isZero();
        }
    }

    @Test
    void headObjectsToAScoreAndTheSupervisorRechecksIt() {
        UnitReport report = issuedReport();
        PlanCase pc = report.cases().get(0);
        String caseLabel = pc.caseNo() == null ? String.valueOf(pc.caseId()) : pc.caseNo();

        loginToLanding("head1");
        assertThat(page.locator("#side-nav")).containsText("评查异议与复核");
        assertThat(page.locator("#side-nav")).not().containsText("评查标准");
        page.navigate(url("/supervision/objections"));
        assertThat(page.locator("#report-" + report.id())).containsText("异议浏览器测试计划");
        assertThat(page.locator("#report-" + report.id())).containsText(caseLabel);
        pick("#objection-case-" + report.id(), "vaadin-select-item", caseLabel);
        page.locator("#objection-reason-" + report.id() + " textarea").fill("询问笔录已载明时间地点，请求复核");
        page.locator("#objection-file-" + report.id()).click();
        long objectionId = waitForObjection(report.id());
        assertThat(page.locator("#objection-status-" + objectionId)).containsText("待复核");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "SELECT plan_case_id FROM sv_objection WHERE id = ?", Long.class, objectionId)).isEqualTo(pc.id());
        screenshot("supervision-objection-head.png", true);
        everyMenuEntryOpens();
        logout();

        loginToLanding("supervisor1");
        page.navigate(url("/supervision/objections"));
        page.locator("#recheck-reply-" + objectionId + " textarea").fill("复核后维持评查结论");
        page.locator("#recheck-reject-" + objectionId).click();
        assertThat(page.locator("#objection-status-" + objectionId)).containsText("维持评查结论");
        assertThat(page.locator("#objection-" + objectionId)).containsText("复核后维持评查结论");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "SELECT status FROM sv_objection WHERE id = ?", String.class, objectionId)).isEqualTo("REJECTED");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record "
                + "WHERE case_id = ? AND action IN ('SV_OBJECTION_FILED', 'SV_OBJECTION_ANSWERED')", Integer.class,
                pc.caseId())).isEqualTo(2);
        screenshot("supervision-objection-recheck.png", true);
        everyMenuEntryOpens();
    }

    private long waitForObjection(long reportId) {
        page.locator("#report-" + reportId + " [id^='objection-status-']").first().waitFor();
        return jdbc.queryForObject("SELECT MAX(id) FROM sv_objection WHERE report_id = ?", Long.class, reportId);
    }

    @Test
    void adminEditsTheRubricAsANewVersionAndIsRefusedAnInvalidOne() {
        int version = jdbc.queryForObject("SELECT MAX(version) FROM sv_rubric", Integer.class);
        int rubrics = jdbc.queryForObject("SELECT COUNT(*) FROM sv_rubric", Integer.class);
        long oldId = jdbc.queryForObject("SELECT id FROM sv_rubric WHERE version = ?", Long.class, version);
        String oldA03 = jdbc.queryForObject("SELECT max_deduction FROM sv_rubric_item WHERE rubric_id = ? AND code = 'A03'",
                String.class, oldId);

        login("admin");
        assertThat(page.locator("#side-nav")).containsText("评查标准");
        page.navigate(url("/supervision/rubric"));
        assertThat(page.locator("#rubric-current")).containsText("第 " + version + " 版");
        assertThat(page.locator("#rubric-sum")).containsText("100");

        // sections adding up to 101: refused, nothing saved
        String points0 = page.locator("#section-points-0 input").inputValue();
        page.locator("#section-points-0 input").fill(new java.math.BigDecimal(points0).add(java.math.BigDecimal.ONE)
                .toPlainString());
        page.locator("#section-points-0 input").press("Tab");
        assertThat(page.locator("#rubric-sum")).containsText("101");
        page.locator("#rubric-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("100");
        unchanged(rubrics, version);
        page.locator("#section-points-0 input").fill(points0);
        page.locator("#section-points-0 input").press("Tab");

        // a negative maximum deduction: refused, nothing saved
        page.locator("#item-max-A03 input").fill("-1");
        page.locator("#item-max-A03 input").press("Tab");
        page.locator("#rubric-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("不能为负数");
        unchanged(rubrics, version);

        // an empty name: refused, nothing saved
        page.locator("#item-max-A03 input").fill("3");
        page.locator("#item-max-A03 input").press("Tab");
        page.locator("#rubric-name input").fill("");
        page.locator("#rubric-name input").press("Tab");
        page.locator("#rubric-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).isVisible();
        unchanged(rubrics, version);

        // valid: saved as the next version; the previous version is untouched
        page.locator("#rubric-name input").fill("评查标准（浏览器测试修订）");
        page.locator("#rubric-name input").press("Tab");
        page.locator("#rubric-save").click();
        assertThat(page.locator("#rubric-current")).containsText("第 " + (version + 1) + " 版");
        assertThat(page.locator("#rubric-current")).containsText("评查标准（浏览器测试修订）");
        long newId = jdbc.queryForObject("SELECT id FROM sv_rubric WHERE version = ?", Long.class, version + 1);
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "SELECT max_deduction FROM sv_rubric_item WHERE rubric_id = ? AND code = 'A03'",
                java.math.BigDecimal.class, newId)).isEqualByComparingTo("3");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "SELECT max_deduction FROM sv_rubric_item WHERE rubric_id = ? AND code = 'A03'", String.class, oldId))
                .isEqualTo(oldA03);
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM sv_rubric_item WHERE rubric_id = ?", Integer.class, newId))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM sv_rubric_item WHERE rubric_id = ?", Integer.class,
                        oldId));
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM sv_score WHERE rubric_id = ?", Integer.class, newId)).isZero();
        screenshot("supervision-rubric.png", true);
        everyMenuEntryOpens();
    }

    private void unchanged(int rubrics, int version) {
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sv_rubric",
                Integer.class)).isEqualTo(rubrics);
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("SELECT MAX(version) FROM sv_rubric",
                Integer.class)).isEqualTo(version);
        assertThat(page.locator("#rubric-current")).containsText("第 " + version + " 版");
    }
}
