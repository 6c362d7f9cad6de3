package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.casefile.ReviewOutcome;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.TestSupportConfig;
import com.microsoft.playwright.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 16 items 2 and 3 in the browser: 案件审核 and 处理决定 show the case material beside the form at 1440×900
 * and on a 390×844 phone (stacked, nothing wider than the screen, no English in the Chinese UI); the report form
 * shows the item's 裁量阶次 with their conditions, flags a fine outside the chosen tier and the service refuses it
 * naming the range.
 */
@Import(TestSupportConfig.class)
class ApprovalMaterialBrowserIT extends BrowserTestBase {

    private static final String LATIN = "(?s).*[A-Za-z].*";

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:browser-forms;MODE=MySQL;DB_CLOSE_DELAY=-1");
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
    }

    @Autowired
    CaseFiles f;

    private void openTask(long caseId, int width, int height) {
        page.setViewportSize(width, height);
        page.navigate(url("/tasks/" + f.openTask(caseId).taskId()));
        assertThat(page.locator("#case-material")).isVisible();
    }

    /** Nothing wider than the viewport: no sideways scrolling, the material inside the screen. */
    private void nothingClipped(int width) {
        Number scroll = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(scroll.intValue()).as("page scroll width").isLessThanOrEqualTo(width);
        var box = page.locator("#case-material").boundingBox();
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).isLessThanOrEqualTo(width + 0.5);
    }

    private void chineseOnly() {
        String text = page.locator("#case-material").innerText();
        assertThat(text).as("the material in the Chinese UI").doesNotMatch(LATIN);
        assertThat(page.locator("#task-title").innerText()).doesNotMatch(LATIN);
    }

    @Test
    void caseReviewAndDecisionShowTheMaterialOnADesktopAndAPhone() {
        CaseFile review = f.aReportedCase(true, false);
        CaseFile decision = f.aCaseAtLegalReview();
        f.legalReview(decision.id(), "reviewer1", ReviewOutcome.AGREE);

        login("leader1");
        for (int[] size : List.of(new int[] {1440, 900}, new int[] {390, 844})) {
            openTask(review.id(), size[0], size[1]);
            assertThat(page.locator("#task-title")).hasText("案件审核");
            Locator m = page.locator("#case-material");
            assertThat(m).containsText("审批材料");
            assertThat(page.locator("#material-lead")).containsText("核查属实，建议立案");
            assertThat(page.locator("#material-facts")).containsText("当事人占道经营，事实清楚");
            assertThat(page.locator("#material-proposal")).containsText("罚款 500.00 元");
            assertThat(page.locator("#material-proposal")).containsText("一般情形");
            assertThat(page.locator("#material-evidence")).containsText("尚无证据");
            assertThat(page.locator("#review-approve")).isVisible();
            chineseOnly();
            nothingClipped(size[0]);
            screenshot("approval-material-case-review-" + size[0] + ".png", true);
            page.locator("#material-proposal").scrollIntoViewIfNeeded();
            screenshot("approval-material-case-review-" + size[0] + "-material.png", false);
        }
        logout();

        login("head1");
        for (int[] size : List.of(new int[] {1440, 900}, new int[] {390, 844})) {
            openTask(decision.id(), size[0], size[1]);
            assertThat(page.locator("#task-title")).hasText("处罚决定");
            assertThat(page.locator("#material-facts")).containsText("当事人占道经营，事实清楚");
            assertThat(page.locator("#material-heard")).containsText("当事人放弃陈述申辩");
            assertThat(page.locator("#material-review")).containsText("法制审核意见");
            assertThat(page.locator("#material-review")).containsText("经审核，同意承办人意见");
            assertThat(page.locator("#decision-fine")).isVisible();
            chineseOnly();
            nothingClipped(size[0]);
            screenshot("approval-material-decision-" + size[0] + ".png", true);
            page.locator("#material-review").scrollIntoViewIfNeeded();
            screenshot("approval-material-decision-" + size[0] + "-material.png", false);
        }
        // on the phone (the last size) the form comes first and the material follows it
        var form = page.locator(".task-split-form").boundingBox();
        var material = page.locator("#case-material").boundingBox();
        assertThat(material.y).isGreaterThan(form.y);
    }

    @Test
    void theReportFormShowsTheTiersAndTheRefusalNamesTheRange() {
        CaseFile c = f.aFiledCase();
        f.step(c.id(), "officer1", new StepPayload.Investigate("当事人占道经营，事实清楚",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"))));
        login("officer1");
        page.setViewportSize(1440, 900);
        page.navigate(url("/tasks/" + f.openTask(c.id()).taskId()));
        Locator tiers = page.locator("#report-tier");
        assertThat(tiers).containsText("裁量阶次（当事人为个人）");
        assertThat(tiers).containsText("从轻处罚 · 200–1,000 元");
        assertThat(tiers).containsText("一般 · 1,000–5,000 元");
        assertThat(tiers).containsText("占用面积5平方米以上20平方米以下");
        assertThat(tiers).containsText("不予处罚 · 不处以罚款");
        tiers.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("一般 · 1,000")).click();
        pick("#report-outcome", "vaadin-select-item", "罚款");
        page.locator("#report-correction textarea").fill("责令立即改正");
        page.locator("#report-fine input").fill("800");
        page.locator("#report-fine input").press("Tab");
        assertThat(page.locator("#report-tier-warning")).containsText("罚款应在该裁量阶次的 1,000–5,000 元之间");
        page.locator("#report-discretion textarea").fill("占用面积约10平方米");
        screenshot("report-tiers-1440.png", true);
        page.locator("#task-submit").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("罚款应在该裁量阶次的 1,000–5,000 元之间")).first()).isVisible();
        assertThat(page.locator("#task-title")).hasText("调查终结报告");

        page.locator("#report-fine input").fill("2000");
        page.locator("#report-fine input").press("Tab");
        assertThat(page.locator("#report-tier-warning")).isHidden();
        page.setViewportSize(390, 844);
        assertThat(tiers).isVisible();
        Number scroll = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(scroll.intValue()).isLessThanOrEqualTo(390);
        screenshot("report-tiers-390.png", true);
        tiers.scrollIntoViewIfNeeded();
        screenshot("report-tiers-390-tiers.png", false);
        page.locator("#task-submit").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/tasks(\\?.*)?$"));
        assertThat(f.step(c.id(), "leader1", new StepPayload.CaseReview(true, false, false, "同意")).benchmarkTier())
                .isEqualTo("GENERAL");
    }

    @Test
    void theSummaryFormWarnsOfAFineOutsideTheItemsTiers() {
        login("officer1");
        page.setViewportSize(390, 844);
        page.navigate(url("/summary/new"));
        page.locator("#summary-item input").fill("擅自占用城市道路");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("擅自占用城市道路"))
                .first().click();
        page.locator("#summary-fine input").fill("100");
        page.locator("#summary-fine input").press("Tab");
        Locator warning = page.locator("#summary-fine-warning");
        assertThat(warning).containsText("罚款 100 元不在本事项裁量基准任一阶次的幅度内");
        assertThat(warning).containsText("从轻处罚 200–1,000 元");
        assertThat(warning.innerText()).doesNotMatch(LATIN);
        warning.scrollIntoViewIfNeeded();
        screenshot("summary-tier-warning-390.png", false);
        page.locator("#summary-fine input").fill("200");
        page.locator("#summary-fine input").press("Tab");
        assertThat(warning).isHidden();
    }
}
