package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.TestSupportConfig;
import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A reviewer opens the legal-review queue, claims a major case, reads the case material beside the 118号 checklist,
 * marks a problem and returns the case for supplementary investigation; the handler then sees the opinion on the
 * investigation task, and the workspace shows the review round under "审核与告知".
 */
@Import(TestSupportConfig.class)
class LegalReviewBrowserIT extends BrowserTestBase {

    private static final Pattern TASK_URL = Pattern.compile(".*/tasks/[^/?]+$");
    private static final Pattern INBOX_URL = Pattern.compile(".*/tasks(\\?.*)?$");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:browser-review;MODE=MySQL;DB_CLOSE_DELAY=-1");
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
    }

    @Autowired
    CaseFiles f;

    @Autowired
    cn.zhifa.review.ReviewerEligibility reviews;

    @Test
    void reviewerReturnsACaseWithOpinionsAndTheHandlerSeesThem() {
        CaseFile c = f.aCaseAtLegalReview();

        login("reviewer1");
        page.locator("#side-nav").getByText("法制审核").click();
        page.waitForURL(Pattern.compile(".*/legal-reviews$"));
        assertThat(page.locator("#review-queue")).containsText(c.caseNo());
        assertThat(page.locator("#queue-due-" + c.id())).containsText("正常");
        page.locator("#queue-claim-" + c.id()).click();
        page.waitForURL(TASK_URL);
        assertThat(page.locator("#task-title")).hasText("法制审核");
        assertThat(page.locator("#task-split")).isVisible();
        assertThat(page.locator("#review-material")).containsText("当事人占道经营");
        assertThat(page.locator("#review-material")).containsText("涉及重大公共利益");
        assertThat(page.locator("#review-documents")).containsText("现场检查笔录");

        // every point is answered 检查通过 / 存在问题: none preselected, an unanswered point is refused
        assertThat(page.locator("#review-point-BODY")).containsText("检查通过");
        assertThat(page.locator("#review-point-BODY")).containsText("存在问题");
        assertThat(page.locator("#legal-confirm-gaps")).containsText("仍确认同意");
        page.locator("#legal-outcome vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("建议补充调查")).click();
        assertThat(page.locator("#legal-confirm-gaps")).isHidden();
        page.locator("#legal-opinion textarea").fill("证据不足，请补充调查后再送审");
        page.locator("#task-submit").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("逐项填写"))).isVisible();
        for (String point : List.of("BODY", "OFFICERS", "PROCEDURE", "LAW_DISCRETION", "COMPETENCE", "DOCUMENTS",
                "CRIME_TRANSFER")) {
            page.locator("#review-point-" + point + " vaadin-radio-button").filter(new Locator.FilterOptions()
                    .setHasText("检查通过")).click();
        }
        // a problem without a remark is refused by the service, the form stays
        page.locator("#review-point-FACTS_EVIDENCE vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("存在问题")).click();
        page.locator("#task-submit").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("必须写明问题"))).isVisible();
        assertThat(page).hasURL(TASK_URL);
        page.locator("#review-remark-FACTS_EVIDENCE input").fill("缺少当事人询问笔录，占道面积无测量记录");
        screenshot("legal-review-form.png", false);
        page.locator("#task-submit").click();
        page.waitForURL(INBOX_URL);
        page.navigate(url("/legal-reviews"));
        assertThat(page.locator("#review-queue")).isVisible();
        assertThat(page.locator("#queue-claim-" + c.id())).hasCount(0);
        assertThat(page.locator("#queue-work-" + c.id())).hasCount(0);
        logout();

        login("officer1");
        page.navigate(url("/cases/" + c.id()));
        assertThat(page.locator("#case-stage")).hasText("调查取证");
        assertThat(page.locator("#review-required-REVIEW")).containsText("涉及重大公共利益");
        assertThat(page.locator("#review-round-1")).containsText("建议补充调查");
        assertThat(page.locator("#review-round-1")).containsText("缺少当事人询问笔录");
        page.locator("#case-open-tasks vaadin-button[id^='work-']").click();
        page.waitForURL(TASK_URL);
        assertThat(page.locator("#task-title")).hasText("调查取证");
        Locator opinions = page.locator("#review-opinions-for-handler");
        assertThat(opinions).containsText("证据不足，请补充调查后再送审");
        assertThat(opinions).containsText("缺少当事人询问笔录，占道面积无测量记录");
        screenshot("legal-review-opinions-for-handler.png", false);
    }

    @Test
    void adminRecordsAReviewersQualificationAndSeesTheCatalogue() {
        login("admin");
        page.navigate(url("/admin/review-catalogue"));
        assertThat(page.locator("#catalogue-grid")).containsText("较大数额罚款");
        assertThat(page.locator("#catalogue-grid")).containsText("经过听证程序");
        page.navigate(url("/admin/reviewers"));
        Locator grid = page.locator("#reviewers-grid");
        assertThat(grid).containsText("孙丽");
        assertThat(grid).containsText("A20221101000123");
        long reviewer2 = f.actor("reviewer2").userId();
        page.locator("#reviewer-edit-" + reviewer2).click();
        page.locator("#reviewer-cert input").fill("A20190506000777");
        page.locator("#reviewer-qualified input").check();
        page.locator("#reviewer-save").click();
        assertThat(grid).containsText("A20190506000777");
        assertThat(grid.getByText("已取得法律职业资格")).hasCount(2);
        screenshot("legal-reviewers.png", false);
    }

    @Test
    void headGrantsARecusalFromTheWorkspace() {
        CaseFile c = f.aCaseAtLegalReview();
        reviews.requestRecusal(f.actor("officer1"), c.id(), f.actor("reviewer2").userId(), "当事人称周正与其有亲属关系");
        login("head1");
        page.navigate(url("/cases/" + c.id()));
        Locator recusal = page.locator("div[id^='review-recusal-']").filter(new Locator.FilterOptions()
                .setHasText("当事人称周正与其有亲属关系")).first();
        assertThat(recusal).containsText("待决定");
        assertThat(page.locator("#review-extend")).isVisible();
        page.locator("[id^='review-recusal-grant-']").click();
        page.locator("#review-reason textarea").fill("经查属实，准予回避");
        page.locator("#review-dialog-save").click();
        assertThat(page.locator("#review-section")).containsText("准予回避");
        assertThat(page.locator("#review-section")).containsText("经查属实，准予回避");
        assertThat(page.locator("[id^='review-recusal-grant-']")).hasCount(0);
    }
}
