package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.zhifa.demo.DemoData;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: the running app on a random port with demo data on an in-memory H2 (one Spring
 * context for all browser test classes), headless Debian Chromium through Playwright, a fresh browser context per
 * test, login/logout as a demo user, screenshots under target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "zhifa.demo-data=true",
    "spring.datasource.url=jdbc:h2:mem:browser;MODE=MySQL;DB_CLOSE_DELAY=-1",
    "vaadin.launch-browser=false", "zhifa.evidence.root=target/evidence-browser",
    // a checkpoint folder per context: contexts with their own databases (and a later run's fresh one) must never
    // read each other's checkpoints — the same case id in another database has another chain
    "zhifa.record.checkpoint-dir=target/record-checkpoints-browser/${random.uuid}"})
abstract class BrowserTestBase {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void open() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        // the browser's language stays the default (en-US): the app must still start in zh-CN
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        page = context.newPage();
        page.setDefaultTimeout(60_000);
    }

    @AfterEach
    void closePage() {
        if (page != null && !page.isClosed()) {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve(getClass().getSimpleName() + "-last-page.png")));
        }
        if (context != null) {
            context.close();
        }
    }

    void screenshot(String name, boolean fullPage) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(fullPage));
    }

    /** Logs in and opens the inbox (supervisors and heads land on the cockpit first, see {@link #loginToLanding}). */
    void login(String username) {
        if (loginToLanding(username).contains("/supervision/cockpit")) {
            page.navigate(url("/tasks"));
            page.waitForURL(Pattern.compile(".*/tasks(\\?.*)?$"));
        }
        assertThat(page.locator("#inbox-grid")).isVisible();
        assertThat(page.locator("#side-nav")).containsText("我的待办");
    }

    /** Logs in and stays on the landing page: the inbox, or the cockpit for supervisors and heads. Returns its URL. */
    String loginToLanding(String username) {
        page.navigate(url("/login"));
        page.locator("vaadin-text-field[name='username'] input").fill(username);
        page.locator("vaadin-password-field[name='password'] input").fill(DemoData.PASSWORD);
        page.locator("vaadin-password-field[name='password'] input").press("Enter");
        page.waitForURL(Pattern.compile(".*/(tasks|supervision/cockpit)(\\?.*)?$"));
        return page.url();
    }

    void logout() {
        page.locator("#logout").click();
        page.waitForURL(Pattern.compile(".*/login.*"));
    }

    /** Opens a vaadin-select (or similar) and clicks the item with the text. */
    void pick(String selectId, String itemTag, String text) {
        page.locator(selectId).click();
        page.locator(itemTag).filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
