package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.IdType;
import cn.zhifa.casefile.PartyKind;
import cn.zhifa.summary.OnTheSpotPenalty;
import cn.zhifa.summary.PenaltyKind;
import cn.zhifa.summary.SummaryProcedureService;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.MutableClock;
import cn.zhifa.support.TestSupportConfig;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A summary fine not collected on the spot on its own page (decision 0031): the workspace's execution section is
 * there; 执行完毕 is refused while unpaid; the bank receipt is recorded in the section; then 执行完毕 closes the case.
 */
@Import(TestSupportConfig.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-summary-pay;MODE=MySQL;DB_CLOSE_DELAY=-1")
class SummaryPayLaterBrowserIT extends BrowserTestBase {

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;
    @Autowired SummaryProcedureService summaries;
    @Autowired CaseFileService cases;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    @Test
    void paymentRecordedOnTheSummaryPageThenExecutionEnds() {
        clock.setMorningOf("2026-03-02");
        long id = summaries.decide(f.actor("officer1"), new OnTheSpotPenalty(PartyKind.NATURAL_PERSON, "银行缴款当事人",
                IdType.ID_CARD, null, "13800000003", "在朝阳路14号店外占道经营", true,
                "《城市市容和环境卫生管理条例》第三十六条", "朝阳路14号", null, null, PenaltyKind.FINE, new BigDecimal("120"),
                f.actor("officer2").userId(), true, "承认占道", false, true, false, null, null, null, null)).caseId();
        summaries.fileRecord(f.actor("officer2"), id);

        clock.setMorningOf("2026-03-10");
        login("officer1");
        page.navigate(url("/summary/" + id));
        assertThat(page.locator("#summary-decision")).containsText("未当场收缴",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000)); // a first render on a busy machine
        Locator section = page.locator("#case-execution");
        section.scrollIntoViewIfNeeded();
        assertThat(page.locator("#execution-due")).containsText("2026-03-17");
        assertThat(page.locator("#execution-fine")).containsText("120.00");

        page.locator("#summary-end-execution").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("罚款案件须全部缴清"))).isVisible();

        page.locator("#execution-pay").click();
        page.locator("#execution-receipt input").fill("BANK-UI-0001");
        page.locator("#dialog-save").click();
        assertThat(page.locator("#execution-payments")).containsText("BANK-UI-0001");
        assertThat(page.locator("#execution-settled")).containsText("执行已结束");
        screenshot("summary-pay-later.png", false);

        page.locator("#summary-end-execution").click();
        assertThat(page.locator("#summary-end-execution")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(cases.get(f.actor("officer1"), id).stage())
                .isEqualTo(CaseStage.ARCHIVED);
    }
}
