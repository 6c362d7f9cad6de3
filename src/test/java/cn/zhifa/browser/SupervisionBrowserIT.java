package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.IdType;
import cn.zhifa.casefile.LeadSource;
import cn.zhifa.casefile.NewLead;
import cn.zhifa.casefile.Party;
import cn.zhifa.casefile.PartyKind;
import cn.zhifa.organization.OrganizationService;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Supervision in headless Chromium: a supervisor lands on the cockpit, draws a plan, assigns himself, scores and
 * signs a case, and issues a rectification; a head lands on the cockpit, sees the ECharts charts and clicks the
 * overdue bar to list the overdue case; an officer opening the cockpit gets an explanation in Chinese, not a route list.
 */
class SupervisionBrowserIT extends BrowserTestBase {

    @Autowired CaseFileService cases;

    /** This machine is shared by many builds: assertions wait as long as actions do (60 s, see the base). */
    @org.junit.jupiter.api.BeforeEach
    void patientAssertions() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @org.junit.jupiter.api.AfterEach
    void usualAssertions() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }
    @Autowired OrganizationService organization;
    @Autowired JdbcTemplate jdbc;

    @Test
    void supervisorDrawsAPlanScoresACaseAndIssuesARectification() {
        // a case of the unit registered today, so the plan draws at least it whatever other tests left behind
        long caseId = cases.registerLead(organization.findByUsername("officer1").orElseThrow().toActor(),
                new NewLead(LeadSource.INSPECTION, "巡查发现占道经营（评查测试）", "朝阳路7号", LocalDate.now(),
                        LocalDate.now(), null, List.of(new Party(PartyKind.NATURAL_PERSON, "评查测试当事人",
                                IdType.ID_CARD, "110105199001011234", "13800000000", "朝阳路7号")))).id();
        String landing = loginToLanding("supervisor1");
        org.assertj.core.api.Assertions.assertThat(landing).contains("/supervision/cockpit");
        assertThat(page.locator("#chart-cases-by-month[data-rendered='true'] canvas")).isVisible();
        // the maintenance line: the full re-audit's state, and the counters rebuilt on demand
        assertThat(page.locator("#audit-job-status")).containsText("全量预审");
        page.locator("#cockpit-rebuild").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("驾驶舱统计已按案卷重新计算"))).isVisible();

        page.navigate(url("/supervision/plans"));
        page.locator("#plan-title input").fill("浏览器测试评查计划");
        page.locator("#plan-method vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("全面评查"))
                .click();
        page.locator("#plan-units vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("朝阳街道综合行政执法队")).first()
                .click();
        page.locator("#plan-draw").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/supervision/plan/\\d+$"));
        assertThat(page.locator("#plan-cases")).isVisible();
        assertThat(page.locator("#plan-facts")).containsText("全面评查");

        long planId = Long.parseLong(page.url().replaceAll(".*/", ""));
        long planCaseId = jdbc.queryForObject("SELECT id FROM sv_plan_case WHERE plan_id = ? AND case_id = ?",
                Long.class, planId, caseId);
        page.locator("#assign-who-" + planCaseId + " input").fill("钱监督");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("钱监督")).first().click();
        page.locator("#assign-" + planCaseId).click();
        assertThat(page.locator("#plan-cases")).containsText("钱监督");

        page.navigate(url("/supervision/plans"));
        page.locator("#score-" + planCaseId).click();
        assertThat(page.locator("#score-grid")).isVisible();
        page.locator("#deduct-A03 input").fill("1");
        page.locator("#reason-A03 input").fill("卷内目录页码不连续");
        page.locator("#score-opinion textarea").fill("案卷总体规范");
        page.locator("#score-sign").click();
        assertThat(page.locator("#score-total")).containsText("99");
        assertThat(page.locator("#score-total")).containsText("已签名");
        screenshot("supervision-score.png", true);

        page.navigate(url("/supervision/rectifications"));
        pick("#rect-unit", "vaadin-select-item", "朝阳街道综合行政执法队");
        page.locator("#rect-problem input").fill("询问笔录未逐页签名（浏览器测试）");
        page.locator("#rect-issue").click();
        assertThat(page.locator("#rectifications-grid")).containsText("询问笔录未逐页签名（浏览器测试）");
        assertThat(page.locator("#rectifications-grid")).containsText("待整改");
        screenshot("supervision-rectifications.png", true);
    }

    @Test
    void headSeesTheCockpitChartsAndDrillsIntoOverdueCases() {
        LocalDate longAgo = LocalDate.now().minusDays(60);
        cases.registerLead(organization.findByUsername("officer1").orElseThrow().toActor(), new NewLead(
                LeadSource.INSPECTION, "巡查发现占道经营（超期测试）", "朝阳路9号", longAgo, longAgo, null,
                List.of(new Party(PartyKind.NATURAL_PERSON, "超期测试当事人", IdType.ID_CARD, "110105199001011234",
                        "13800000000", "朝阳路9号"))));

        String landing = loginToLanding("head1");
        org.assertj.core.api.Assertions.assertThat(landing).contains("/supervision/cockpit");
        assertThat(page.locator("#audit-job")).hasCount(0); // the re-audit and the rebuild: supervisors, admins
        for (String chart : List.of("cases-by-month", "outcomes", "open-by-stage", "at-risk", "fines")) {
            assertThat(page.locator("#chart-" + chart + "[data-rendered='true'] canvas")).isVisible();
        }
        screenshot("supervision-cockpit-head.png", true);

        ElementHandle plot = page.locator("#chart-at-risk").elementHandle();
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) plot.evaluate("el => { const c = echarts.getInstanceByDom(el);"
                + " const series = c.getOption().series; const si = series.findIndex(s => s.name === '已超期');"
                + " const di = series[si].data.findIndex(d => d.value > 0);"
                + " return c.convertToPixel({seriesIndex: si}, [di, series[si].data[di].value / 2]); }");
        var box = plot.boundingBox();
        page.mouse().click(box.x + point.get(0).doubleValue(), box.y + point.get(1).doubleValue());
        assertThat(page.locator("#drill-grid")).isVisible();
        assertThat(page.locator("#drill-grid")).containsText("超期测试当事人");
        assertThat(page.locator("#drill-title")).containsText("已超期");
        assertThat(page.locator("#drill-csv")).isVisible();
        screenshot("supervision-cockpit-drill.png", true);
        logout();

        login("officer1");
        assertThat(page.locator("#side-nav")).not().containsText("驾驶舱");
        page.navigate(url("/supervision/cockpit"));
        assertThat(page.locator("#refused-page")).isVisible();
        assertThat(page.locator("#refused-back")).containsText("返回首页");
    }
}
