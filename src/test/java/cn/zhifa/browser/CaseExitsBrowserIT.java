package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * The exits and recusal section of the case page (issue #12 item 8, decision 0025), walked on screen: a handler asks
 * for 撤销立案 and a head who is not a handler approves it — the case ends; a handler records the party's application
 * for a handler's recusal and a head grants it with a successor — the successor is a handler. Chinese only, buttons
 * whole; the recusal once more on a phone (390×844) with nothing scrolling sideways.
 */
class CaseExitsBrowserIT extends ClockedCaseBrowserTest {

    @Test
    void aHandlerAsksToCancelTheFilingAndAHeadApproves() {
        page.setViewportSize(1440, 900);
        clock.setMorningOf("2026-03-02");
        long id = f.aFiledCase().id();

        login("officer1");
        Locator motions = openSection(id, "#case-motions");
        assertThat(motions.locator("#exit-decide")).hasCount(0); // a handler does not decide
        ScreenChecks.buttonsWhole(page, motions);
        page.locator("#exit-propose").click();
        assertThat(page.locator("vaadin-dialog-overlay[opened]")).containsText("撤销立案 / 终止调查");
        page.locator("#dialog-save").click();
        assertThat(page.locator("#exit-ground")).hasAttribute("invalid", ""); // the ground is required
        assertThat(page.locator("#exit-reason")).hasAttribute("invalid", "");
        pick("#exit-ground", "vaadin-select-item", "违法事实不存在");
        page.locator("#exit-reason textarea").fill("经复核，现场货物系当事人临时卸货，不构成占道经营");
        ScreenChecks.noEnglish(page.locator("vaadin-dialog-overlay[opened]"));
        ScreenChecks.buttonsWhole(page, page.locator("vaadin-dialog-overlay[opened]"));
        screenshot("exit-proposal-dialog.png", false);
        page.locator("#dialog-save").click();
        assertThat(page.locator("#motion-grid")).containsText("撤销立案/终止调查（违法事实不存在）");
        assertThat(page.locator("#motion-grid")).containsText("待负责人审批");
        assertThat(page.locator("#exit-propose")).hasCount(0); // one pending request at a time
        motions = page.locator("#case-motions");
        ScreenChecks.noEnglish(motions);
        screenshot("exit-proposed.png", true);
        logout();

        login("head1");
        motions = openSection(id, "#case-motions");
        assertThat(motions.locator("#exit-propose")).hasCount(0);
        ScreenChecks.buttonsWhole(page, motions);
        page.locator("#exit-decide").click();
        assertThat(page.locator("#exit-approve")).containsText("批准");
        assertThat(page.locator("#exit-opinion > [slot=helper]")).containsText("违法事实不存在");
        page.locator("#exit-opinion textarea").fill("同意撤销立案");
        screenshot("exit-decision-dialog.png", false);
        page.locator("#dialog-save").click();
        assertThat(page.locator("#case-stage")).hasText("撤销立案/终止调查");
        assertThat(page.locator("#case-read-only")).containsText("撤销立案或终止调查");
        assertThat(page.locator("#exit-decide")).hasCount(0);
        Locator timeline = page.locator("#case-timeline");
        assertThat(timeline).containsText("提请撤销立案");
        assertThat(timeline).containsText("同意撤销立案");
        ScreenChecks.noConstantNames(timeline);
        ScreenChecks.noEnglish(page.locator("#case-header"));
        screenshot("exit-approved.png", true);
    }

    @Test
    void aPartyAsksForAHandlersRecusalAndAHeadNamesTheSuccessor() {
        page.setViewportSize(1440, 900);
        recusalWalk("recusal");
    }

    @Test
    void theRecusalOnAPhone() {
        page.setViewportSize(390, 844);
        recusalWalk("recusal-phone");
    }

    private void recusalWalk(String shots) {
        clock.setMorningOf("2026-03-02");
        long id = f.aFiledCase().id();
        assertThat(page.locator("body")).isVisible();

        login("officer1");
        Locator motions = openSection(id, "#case-motions");
        ScreenChecks.buttonsWhole(page, motions);
        ScreenChecks.noSidewaysScroll(page, motions);
        page.locator("#recusal-apply").click();
        assertThat(page.locator("#recusal-applicant")).containsText("当事人申请");
        pick("#recusal-person", "vaadin-select-item", "承办人 李娜");
        page.locator("#recusal-reason textarea").fill("当事人称承办人李娜系其邻居，有利害关系");
        Locator dialog = page.locator("vaadin-dialog-overlay[opened]");
        ScreenChecks.noEnglish(dialog);
        ScreenChecks.buttonsWhole(page, dialog);
        ScreenChecks.noSidewaysScroll(page, dialog);
        screenshot(shots + "-application.png", false);
        page.locator("#dialog-save").click();
        Locator grid = page.locator("#motion-grid");
        assertThat(grid).containsText("回避（当事人申请，承办人 李娜）");
        assertThat(grid).containsText("待负责人审批");
        ScreenChecks.noEnglish(page.locator("#case-motions"));
        ScreenChecks.noSidewaysScroll(page, page.locator("#case-motions"));
        screenshot(shots + "-applied.png", true);
        logout();

        login("head1");
        motions = openSection(id, "#case-motions");
        ScreenChecks.buttonsWhole(page, motions);
        page.locator("#recusal-decide").click();
        assertThat(page.locator("#recusal-grant")).containsText("准予回避");
        page.locator("#dialog-save").click();
        assertThat(page.locator("#recusal-successor")).hasAttribute("invalid", ""); // granted: a successor is named
        pick("#recusal-successor", "vaadin-select-item", "张伟");
        page.locator("#recusal-opinion textarea").fill("申请理由成立，准予回避，由张伟接替");
        dialog = page.locator("vaadin-dialog-overlay[opened]");
        ScreenChecks.noEnglish(dialog);
        ScreenChecks.buttonsWhole(page, dialog);
        ScreenChecks.noSidewaysScroll(page, dialog);
        screenshot(shots + "-decision.png", false);
        page.locator("#dialog-save").click();
        assertThat(page.locator("#motion-grid")).containsText("批准：申请理由成立");
        assertThat(page.locator("#case-handlers")).containsText("张伟");
        assertThat(page.locator("#case-handlers")).not().containsText("李娜");
        ScreenChecks.noEnglish(page.locator("#case-motions"));
        ScreenChecks.noConstantNames(page.locator("#case-timeline"));
        ScreenChecks.noSidewaysScroll(page, page.locator("#case-motions"));
        screenshot(shots + "-granted.png", true);
    }
}
