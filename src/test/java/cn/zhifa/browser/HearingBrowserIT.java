package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.review.NoticesAndHearings;
import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 举行听证 through the screens (行政处罚法 Art. 64, decision 0017 amendment 4): on the hearing day the presiding
 * officer's report is part of the form — without 主持人意见及处理建议 the step is refused in Chinese and the task stays;
 * with it the case moves on and the case's 文书 list holds the 听证笔录 and the 听证报告. The form is checked at 1440×900
 * and at 390×844 (no sideways scrolling, buttons whole).
 */
class HearingBrowserIT extends ClockedCaseBrowserTest {

    @Autowired NoticesAndHearings hearings;

    /** The engine's clock too: the case clock's timers are due by it (the walk must not see them fire early). */
    private void morningOf(LocalDate day) {
        clock.setWithEngine(day.atTime(9, 0));
    }

    @AfterEach
    void engineInRealTime() {
        clock.resetWithEngine();
    }

    @Test
    void theHearingFormTakesThePresidersReportAndTheCaseFilesIt() {
        morningOf(LocalDate.of(2026, 3, 2));
        LocalDate day = hearings.earliestHearingDate(f.today());
        CaseFile c = f.aHearingScheduled("听证浏览器当事人", day);
        morningOf(day);
        login("officer1");
        page.setViewportSize(390, 844);
        page.navigate(url("/tasks/" + f.openTask(c.id()).taskId()));
        assertThat(page.locator("#task-title")).hasText("举行听证");
        assertThat(page.locator("#hearing-presider-opinion")).isVisible();
        ScreenChecks.noEnglish(page.locator("vaadin-form-layout").first());
        Number scroll = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(scroll.intValue()).isLessThanOrEqualTo(390);
        screenshot("hearing-form-390.png", true);

        page.setViewportSize(1440, 900);
        page.locator("#hearing-transcript textarea").fill("当事人称已自行拆除一半，请求从轻处罚");
        page.locator("#hearing-attendance textarea").fill("主持人、记录人、调查人员、当事人及其代理人律师甲到场");
        page.locator("#hearing-review textarea").fill("经复核，当事人部分陈述属实，予以部分采纳");
        page.locator("#hearing-disputed textarea").fill("违法经营面积的认定");
        page.locator("#task-submit").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("主持人意见及处理建议")).first()).isVisible();
        assertThat(page.locator("#task-title")).hasText("举行听证");

        page.locator("#hearing-presider-opinion textarea").fill("建议减轻为罚款人民币伍仟元");
        page.locator("#hearing-dissent textarea").fill("听证员李某认为应维持原拟处罚");
        screenshot("hearing-form-1440.png", true);
        page.locator("#task-submit").click();
        assertThat(page.locator("#inbox-grid")).isVisible();

        Locator documents = openSection(c.id(), "#case-documents");
        assertThat(documents).containsText("听证笔录");
        assertThat(documents).containsText("听证报告");
        // on the hearing day no deadline of the case has run out: no overdue line on the timeline
        assertThat(page.locator("#case-timeline")).not().containsText("现已超期");
        screenshot("hearing-documents-1440.png", false);
    }
}
