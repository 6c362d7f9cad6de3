package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.MutableClock;
import cn.zhifa.support.TestSupportConfig;
import com.microsoft.playwright.Locator;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The 催告 → court path on screen (issue #12 item 3, decision 0021), on the controlled clock of its own context: a fine
 * served on 2 Mar 2026 and never paid; on 27 Aug the handler issues and serves the 催告书 from the case page; on 11 Sep
 * (final since 3 Sep, the 10 working days ended on 10 Sep) the head applies to the people's court, records its
 * acceptance and its ruling, and the case page says execution has ended.
 */
@Import(TestSupportConfig.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-execution;MODE=MySQL;DB_CLOSE_DELAY=-1")
class ExecutionCourtBrowserIT extends BrowserTestBase {

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    @Test
    void demandThenCourtApplicationAcceptanceAndRuling() {
        clock.setMorningOf("2026-03-02");
        long id = f.aCaseAtExecution().id();

        clock.setMorningOf("2026-08-27");
        login("officer1");
        page.navigate(url("/cases/" + id));
        Locator section = page.locator("#case-execution");
        section.scrollIntoViewIfNeeded();
        assertThat(page.locator("#execution-final")).containsText("尚未确定");
        assertThat(page.locator("#execution-surcharge")).containsText("500.00");
        assertThat(page.locator("#execution-settled")).containsText("执行尚未结束");

        page.locator("#execution-demand").click();
        page.locator("#dialog-save").click();
        assertThat(page.locator("#execution-demand-no")).hasAttribute("invalid", ""); // the number is required
        page.locator("#execution-demand-no input").fill("朝综执催字〔2026〕5号");
        page.locator("#dialog-save").click();
        assertThat(page.locator("#execution-acts")).containsText("朝综执催字〔2026〕5号");

        page.locator("#execution-serve-demand").click();
        page.locator("#dialog-save").click();
        assertThat(page.locator("#execution-demand-end")).containsText("2026-09-10");
        assertThat(page.locator("#case-deadlines")).containsText("催告期");
        screenshot("execution-demand-served.png", true);
        logout();

        clock.setMorningOf("2026-09-11");
        login("head1");
        page.navigate(url("/cases/" + id));
        page.locator("#case-execution").scrollIntoViewIfNeeded();
        assertThat(page.locator("#execution-final")).containsText("2026-09-03");
        page.locator("#execution-court").click();
        page.locator("#execution-court-name input").fill("北京市朝阳区人民法院");
        page.locator("#execution-court-no input").fill("朝综执强申〔2026〕5号");
        page.locator("#dialog-save").click();
        assertThat(page.locator("#execution-acts")).containsText("北京市朝阳区人民法院");

        page.locator("#execution-court-accept").click();
        page.locator("#execution-court-case-no input").fill("（2026）京0105行审88号");
        page.locator("#dialog-save").click();
        assertThat(page.locator("#execution-acts")).containsText("（2026）京0105行审88号");

        page.locator("#execution-court-rule").click();
        page.locator("#execution-ruling-note textarea").fill("裁定准予强制执行");
        page.locator("#dialog-save").click();
        assertThat(page.locator("#execution-settled")).containsText("执行已结束");
        assertThat(page.locator("#execution-acts")).containsText("裁定准予执行");
        assertThat(page.locator("#case-timeline")).containsText("人民法院裁定");
        screenshot("execution-court-ruled.png", true);

        // the 催告书 and the application are in the 文书 section and download as PDF and Word, each with its number and
        // what the law asks of it (行政强制法 Art. 35, 55); the 催告书's 送达回证 beside them
        page.navigate(url("/cases/" + id));
        page.locator("#documents-section").waitFor();
        java.util.Map<String, java.util.List<CaseDocumentChecks.Row>> byType = new CaseDocumentChecks(page, this::url)
                .documentRows().stream().collect(java.util.stream.Collectors.groupingBy(CaseDocumentChecks.Row::type));
        org.assertj.core.api.Assertions.assertThat(byType).containsKeys("DEMAND_NOTICE", "ENFORCEMENT_APPLICATION");
        for (CaseDocumentChecks.Row r : byType.get("DEMAND_NOTICE")) {
            for (String text : java.util.List.of(r.pdf(), r.docx())) {
                org.assertj.core.api.Assertions.assertThat(text).contains("催告书", "朝综执催字〔2026〕5号", "罚决字",
                        "加处罚款人民币伍佰元整（¥500.00）", "自收到本催告书之日起十日内", "陈述和申辩");
            }
        }
        for (CaseDocumentChecks.Row r : byType.get("ENFORCEMENT_APPLICATION")) {
            for (String text : java.util.List.of(r.pdf(), r.docx())) {
                org.assertj.core.api.Assertions.assertThat(text).contains("强制执行申请书", "朝综执强申〔2026〕5号",
                        "北京市朝阳区人民法院：", "催告期限至2026年9月10日届满", "第五十三条、第五十五条");
            }
        }
        org.assertj.core.api.Assertions.assertThat(byType.get("SERVICE_RECEIPT")).anyMatch(r -> r.docx()
                .contains("催告书（朝综执催字〔2026〕5号）"));
        page.locator("#documents-section").scrollIntoViewIfNeeded();
        screenshot("execution-documents.png", true);
        // the same section on a phone (links, no buttons): no constant names, nothing past the right edge
        page.setViewportSize(390, 844);
        page.reload();
        Locator documents = page.locator("#documents-section");
        documents.scrollIntoViewIfNeeded();
        ScreenChecks.noConstantNames(documents); // "PDF · Word" are the formats' own names
        ScreenChecks.noSidewaysScroll(page, documents);
        screenshot("execution-documents-390.png", true);
    }
}
