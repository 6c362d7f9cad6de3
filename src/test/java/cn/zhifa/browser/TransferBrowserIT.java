package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.MutableClock;
import cn.zhifa.support.TestSupportConfig;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * 移送 on screen (issue #12 item 6, decision 0028): on Mon 2 Mar 2026 the handler reports a suspected crime from the
 * case page during the investigation (no advance notice); the principal head's 3 days (due 5 Mar) appear among the
 * case's deadlines; the principal head approves on the same page; the handler hands the case over within the 24 hours
 * and records the police's acceptance; the case is 已移送.
 */
@Import(TestSupportConfig.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-transfer;MODE=MySQL;DB_CLOSE_DELAY=-1")
class TransferBrowserIT extends BrowserTestBase {

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    @Test
    void aHandlerReportsThePrincipalHeadApprovesTheCaseIsHandedOverAndAccepted() {
        clock.setMorningOf("2026-03-02");
        long id = f.aFiledCase().id();

        login("officer1");
        page.navigate(url("/cases/" + id));
        page.locator("#case-transfer").scrollIntoViewIfNeeded();
        page.locator("#transfer-new").click();
        page.locator("#dialog-save").click();
        assertThat(page.locator("#transfer-crime")).hasAttribute("invalid", ""); // the suspected offence is required
        page.locator("#transfer-crime input").fill("非法经营罪");
        page.locator("#transfer-facts textarea").fill("当事人无照批发烟草制品，经营数额巨大");
        page.locator("#transfer-items textarea").fill("卷烟120条、销售账册2本");
        page.locator("#dialog-save").click();
        assertThat(page.locator("#case-transfers")).containsText("非法经营罪");
        assertThat(page.locator("#case-deadlines")).containsText("移送审批期限");
        assertThat(page.locator("#case-deadlines")).containsText("2026-03-05");
        assertThat(page.locator("[id^=transfer-decide-]")).hasCount(0); // a handler does not decide
        logout();

        login("principal");
        page.navigate(url("/cases/" + id));
        page.locator("#case-transfer").scrollIntoViewIfNeeded();
        page.locator("[id^=transfer-decide-]").click();
        page.locator("#transfer-opinion textarea").fill("涉嫌犯罪，同意移送公安机关");
        page.locator("#dialog-save").click();
        assertThat(page.locator("#case-transfers")).containsText("批准移送");
        assertThat(page.locator("#case-deadlines")).containsText("移送期限");
        logout();

        clock.advance(Duration.ofHours(2));
        login("officer1");
        page.navigate(url("/cases/" + id));
        page.locator("#case-transfer").scrollIntoViewIfNeeded();
        page.locator("[id^=transfer-handover-]").click();
        page.locator("#transfer-organ input").fill("某区公安分局");
        page.locator("#transfer-letter input").fill("某城管移〔2026〕1号");
        page.locator("#dialog-save").click();
        assertThat(page.locator("#case-transfers")).containsText("某区公安分局");
        page.locator("[id^=transfer-receipt-]").click();
        pick("#transfer-answer", "vaadin-select-item", "接受（立案）");
        page.locator("#transfer-answer-note textarea").fill("公安机关决定立案侦查");
        page.locator("#dialog-save").click();
        assertThat(page.locator("#case-transfers")).containsText("接受（立案）");
        assertThat(page.locator("#case-timeline")).containsText("公安机关接受移送");
        assertThat(page.locator("body")).containsText("已移送");
        screenshot("transfer-accepted.png", true);
    }
}
