package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.zhifa.evidence.AvAct;
import cn.zhifa.evidence.EvidenceFixtures;
import cn.zhifa.evidence.EvidenceKind;
import cn.zhifa.evidence.EvidenceService;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.MutableClock;
import cn.zhifa.support.TestSupportConfig;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * 先行登记保存 with the head acting, on screen (issue #12 item 7, decision 0024): on Mon 2 Mar 2026 the handler requests
 * the preservation from the case page with its list, place and reason; it waits for the head, with no period yet; the
 * head (not a handler) approves it on the same page, and the 7-working-day period (due 11 Mar) appears among the
 * case's deadlines. A head decides a seizure (its 30 calendar days end on 1 Apr) and extends it once (to 6 May).
 */
@Import(TestSupportConfig.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-preservation;MODE=MySQL;DB_CLOSE_DELAY=-1")
class PreservationBrowserIT extends BrowserTestBase {

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;
    @Autowired EvidenceService evidence;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    @Test
    void aHandlerRequestsAndAHeadApproves() {
        clock.setMorningOf("2026-03-02");
        long id = f.aFiledCase().id();

        login("officer1");
        page.navigate(url("/cases/" + id));
        page.locator("#case-preservation").scrollIntoViewIfNeeded();
        page.locator("#preservation-new").click();
        page.locator("#dialog-save").click();
        assertThat(page.locator("#preservation-reason")).hasAttribute("invalid", ""); // the reason is required
        page.locator("#preservation-items textarea").fill("占道经营桌椅4张");
        page.locator("#preservation-place input").fill("执法队暂扣物品仓库");
        page.locator("#preservation-reason textarea").fill("当事人拒不配合，证据可能灭失");
        page.locator("#dialog-save").click();
        assertThat(page.locator("#case-preservations")).containsText("待负责人批准");
        assertThat(page.locator("[id^=preservation-approve-]")).hasCount(0); // a handler cannot approve
        screenshot("preservation-requested.png", true);
        logout();

        login("head1");
        page.navigate(url("/cases/" + id));
        page.locator("#case-preservation").scrollIntoViewIfNeeded();
        assertThat(page.locator("#preservation-new")).hasCount(0); // the head is not a handler: no request
        page.locator("[id^=preservation-approve-]").click();
        page.locator("#approval-opinion textarea").fill("同意先行登记保存");
        page.locator("#dialog-save").click();
        assertThat(page.locator("#case-preservations")).containsText("2026-03-11");
        assertThat(page.locator("#case-preservations")).not().containsText("待负责人批准");
        assertThat(page.locator("#case-deadlines")).containsText("先行登记保存处理期限");
        assertThat(page.locator("#case-timeline")).containsText("批准先行登记保存");
        screenshot("preservation-approved.png", true);
    }

    @Test
    void aHeadDecidesASeizureAndExtendsItOnce() {
        clock.setMorningOf("2026-03-02");
        long id = f.aFiledCase().id();
        evidence.ingest(f.actor("officer1"), id, EvidenceFixtures.meta(LocalDateTime.now(clock).minusMinutes(3),
                EvidenceKind.VIDEO, "seizure.mp4", List.of(f.actor("officer1").userId(), f.actor("officer2").userId()),
                AvAct.SEIZURE), new ByteArrayInputStream(EvidenceFixtures.bytes(EvidenceFixtures.MP4_HEAD, 4096,
                        System.nanoTime())));

        login("officer1");
        page.navigate(url("/cases/" + id));
        assertThat(page.locator("#case-seizures")).isVisible();
        assertThat(page.locator("#seizure-new")).hasCount(0); // a handler does not decide a seizure
        logout();

        login("head1");
        page.navigate(url("/cases/" + id));
        page.locator("#case-seizure").scrollIntoViewIfNeeded();
        page.locator("#seizure-new").click();
        page.locator("#seizure-items textarea").fill("无照经营烧烤炉2台");
        page.locator("#seizure-place input").fill("执法队暂扣物品仓库");
        page.locator("#seizure-reason textarea").fill("当事人拒不停止违法行为");
        page.locator("#dialog-save").click();
        assertThat(page.locator("#case-seizures")).containsText("2026-04-01"); // 30 calendar days
        assertThat(page.locator("#case-deadlines")).containsText("查封扣押期限");

        page.locator("[id^=seizure-extend-]").click();
        page.locator("#seizure-extension-reason textarea").fill("需检测鉴定，情况复杂");
        page.locator("#dialog-save").click();
        assertThat(page.locator("#case-seizures")).containsText("2026-05-06"); // 60 days → after 劳动节
        assertThat(page.locator("[id^=seizure-extend-]")).hasCount(0); // only once
        screenshot("seizure-extended.png", true);
    }
}
