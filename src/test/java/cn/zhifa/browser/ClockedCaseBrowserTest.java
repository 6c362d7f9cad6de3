package cn.zhifa.browser;

import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.MutableClock;
import cn.zhifa.support.TestSupportConfig;
import com.microsoft.playwright.Locator;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The case-page walks of issue #12 (public notice, exits and recusal, remedies): one context and database of their
 * own, the controlled clock set back to real time after each test, the case fixtures, and opening a section of the
 * case page.
 */
@Import(TestSupportConfig.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-walk12;MODE=MySQL;DB_CLOSE_DELAY=-1")
abstract class ClockedCaseBrowserTest extends BrowserTestBase {

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;

    /** A loaded machine (helpers share two cores) may take longer than the default 5 s to answer a save. */
    @BeforeEach
    void patientAssertions() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterEach
    void realTime() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
        clock.set(Instant.now());
    }

    /** Opens the case page and scrolls to the section with {@code sectionId}. */
    Locator openSection(long caseId, String sectionId) {
        page.navigate(url("/cases/" + caseId));
        Locator section = page.locator(sectionId);
        section.scrollIntoViewIfNeeded();
        return section;
    }
}
