package cn.zhifa.production;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.demo.DemoData;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Retained heap per Vaadin session, measured on the production jar: live heap (a class histogram, which forces a
 * full GC) before and after {@code -Dzhifa.memory.sessions} (default 20) logged-in sessions that opened the inbox and
 * a case; the difference over the sessions must stay ≤ 1 MB. A benchmark (README.md, Deploy), not a CI
 * suite: {@code ./mvnw -o verify -Pbrowser -Dit.test=SessionMemoryCheck}.
 */
class SessionMemoryCheck {

    /** The session counts at which the live heap is measured (ascending), e.g. {@code 20,50}. */
    static final List<Integer> SESSIONS = java.util.Arrays.stream(System.getProperty("zhifa.memory.sessions", "20")
            .split(",")).map(String::trim).map(Integer::valueOf).sorted().toList();
    /**
     * Leads registered through the REST API for each officer before the sessions, so that each inbox fills its first
     * page (50 rows, each with components: case link, deadline badge, buttons) as a working officer's would; 0: the
     * demo data's few tasks only.
     */
    static final int INBOX = Integer.getInteger("zhifa.memory.inbox", 55);
    static final String[] USERS = {"officer1", "officer2", "officer3", "officer4", "leader1", "head1", "head2"};

    /** The live heap in bytes (a class histogram forces a full GC); the histogram is kept as {@code <name>.txt}. */
    private static long liveHeap(long pid, Path folder, String name) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes());
        List<String> lines = text.lines().toList();
        p.waitFor();
        Files.writeString(folder.resolve(name + ".txt"), text);
        String total = lines.stream().filter(l -> l.startsWith("Total")).findFirst().orElseThrow(
                () -> new AssertionError(String.join("\n", lines)));
        return Long.parseLong(total.trim().split("\\s+")[2]);
    }

    @Test
    void retainedHeapPerVaadinSessionStaysUnderOneMegabyte() throws Exception {
        Path folder = Files.createTempDirectory("zhifa-memory-");
        int port = Integer.getInteger("zhifa.check.port", 18160);
        try (JarProcess app = new JarProcess(folder, port, port + 1).env("ZHIFA_DEMO_DATA", "true")
                .env("ZHIFA_SECURE_COOKIE", "false").start();
             Playwright pw = Playwright.create(new Playwright.CreateOptions()
                     .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                     .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                             "--no-first-run")))) {
            app.awaitReady(Duration.ofMinutes(10));
            fillInboxes(new Api("http://127.0.0.1:" + app.port));
            // warm up: an officer's and a head's session through every screen used below (closed in the browser;
            // the server keeps them until they time out, before and after alike), so classes and caches are loaded
            session(browser, app.port, "officer1").close();
            session(browser, app.port, "head1").close();
            long before = liveHeap(app.pid(), folder, "histogram-before");
            System.out.println("class histograms in " + folder);
            List<BrowserContext> open = new ArrayList<>();
            double perSession = 0;
            for (int n : SESSIONS) {
                while (open.size() < n) {
                    open.add(session(browser, app.port, USERS[open.size() % USERS.length]));
                }
                long after = liveHeap(app.pid(), folder, "histogram-" + n);
                perSession = (after - before) / (double) n;
                System.out.printf("inboxes: %d leads added per officer; live heap %d → %d bytes with %d Vaadin "
                        + "sessions: %.0f bytes (%.2f MB) per session%n", INBOX, before, after, n, perSession,
                        perSession / 1024 / 1024);
            }
            assertThat(perSession).isLessThanOrEqualTo(1024 * 1024);
            for (BrowserContext c : open) {
                c.close();
            }
        }
    }

    private static void fillInboxes(Api api) throws Exception {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        for (String user : List.of("officer1", "officer2", "officer3", "officer4", "leader1")) {
            for (int i = 0; i < INBOX; i++) {
                Api.Answer lead = api.json(user, DemoData.PASSWORD, "POST", "/api/cases", Map.of("source",
                        "INSPECTION", "summary", "内存测试线索 " + user + "-" + i, "location", "朝阳路" + i + "号",
                        "discoveredDate", today, "parties", List.of(Map.of("kind", "NATURAL_PERSON", "name",
                                "当事人" + i, "idType", "ID_CARD", "idNo", "110105199001011234"))));
                assertThat(lead.ok()).as(lead.body()).isTrue();
            }
        }
    }

    private static BrowserContext session(Browser browser, int port, String user) {
        BrowserContext ctx = browser.newContext();
        Page page = ctx.newPage();
        page.setDefaultTimeout(90_000);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-text-field[name='username'] input").fill(user);
        page.locator("vaadin-password-field[name='password'] input").fill(DemoData.PASSWORD);
        page.locator("vaadin-password-field[name='password'] input").press("Enter");
        try {
            // officers and leaders land on their inbox, heads on the supervision cockpit
            page.waitForURL(url -> !url.contains("/login"));
            page.locator("#side-nav").waitFor();
        } catch (com.microsoft.playwright.PlaywrightException e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/zhifa-memory-login-" + user + ".png")));
            throw new AssertionError("login of " + user + " stuck at " + page.url() + ": "
                    + page.locator("body").innerText(), e);
        }
        page.navigate("http://localhost:" + port + "/cases");
        page.locator("vaadin-grid").first().waitFor();
        page.navigate("http://localhost:" + port + "/tasks");
        page.locator("#inbox-grid").waitFor();
        return ctx;
    }
}
