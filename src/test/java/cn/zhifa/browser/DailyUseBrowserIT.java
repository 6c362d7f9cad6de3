package cn.zhifa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.complaint.Complaint;
import cn.zhifa.complaint.ComplaintChannel;
import cn.zhifa.complaint.ComplaintOutcome;
import cn.zhifa.complaint.ComplaintService;
import cn.zhifa.complaint.NewComplaint;
import cn.zhifa.complaint.Verification;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Daily use (issue 16): the shell and the inbox on phones (390×844, 360×740) and at 1440×900; no dead ends (menus
 * from the permission matrix, the refused page in Chinese with a way back, supervisors and administrators land on the
 * cockpit); no raw enum names or English in the Chinese screens (complaint reply methods, the calendar's upload and
 * change log). Screenshots under target/screenshots/daily-*.png.
 */
class DailyUseBrowserIT extends BrowserTestBase {

    /** A raw enum constant on screen: an all-capital word of three letters or more (PHONE, IN_PERSON, HOLIDAY). */
    static final Pattern RAW_ENUM = Pattern.compile("\\b[A-Z]{3,}(?:_[A-Z0-9]+)*\\b");
    /** All-capital words that are not enum names: formats and abbreviations a Chinese screen uses as such. */
    static final Set<String> NOT_ENUMS = Set.of("PDF", "CSV", "ICS", "URL", "API", "GPS", "SHA", "AES", "MD5",
            "IP", "ID", "DOCX", "ZIP", "OFD", "PNG", "JPEG", "JPG", "MP4", "GB", "MB", "KB", "EB", "PB", "ZB", "YB",
            "TB");

    @Autowired ComplaintService complaints;
    @Autowired OrganizationService organization;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Actor actor(String username) {
        return organization.findByUsername(username).orElseThrow().toActor();
    }

    @Test
    void theShellAndTheInboxWorkOnPhones() {
        for (int[] size : new int[][] {{390, 844}, {360, 740}}) {
            int width = size[0];
            int height = size[1];
            page.setViewportSize(width, height);
            login("officer1");
            Locator navbar = page.locator(".zhifa-navbar");
            BoundingBox bar = navbar.boundingBox();
            // one line: the header takes well under a tenth of the screen (it took ~40 % with the name wrapped)
            assertThat(bar.height).as("header height at %d", width).isLessThanOrEqualTo(64);
            BoundingBox who = page.locator("#current-user").boundingBox();
            assertThat(who.height).as("user and unit on one line at %d", width).isLessThan(32);
            assertThat(who.width).as("the name has room at %d", width).isGreaterThan(48);
            assertThat(page.locator("#current-user")).containsText("王");
            // 退出登录 is on screen (the icon, named for screen readers and as a tooltip)
            Locator logout = page.locator("#logout");
            assertThat(logout).isVisible();
            assertThat(logout).hasAttribute("aria-label", "退出登录");
            within(logout.boundingBox(), width, height, "logout at " + width);
            // the inbox keeps the deadline chip in sight
            Locator grid = page.locator("#inbox-grid");
            assertThat(grid).hasAttribute("data-phone", "true");
            Locator chip = page.locator("#inbox-grid .inbox-due").first();
            assertThat(chip).isVisible();
            within(chip.boundingBox(), width, height, "deadline chip at " + width);
            Locator work = page.locator("#inbox-grid .inbox-work").first();
            assertThat(work).isVisible();
            // each task is one card (case, step, chip, buttons): the buttons are on screen, nothing scrolls sideways
            within(work.boundingBox(), width, height, "办理 at " + width);
            assertThat(page.locator("#inbox-grid .inbox-card").first()).isVisible();
            Number overflow = (Number) page.evaluate("() => { const t = document.querySelector('#inbox-grid')"
                    + ".shadowRoot.querySelector('#table'); return t.scrollWidth - t.clientWidth; }");
            assertThat(overflow.intValue()).as("inbox scrolls sideways at %d", width).isLessThanOrEqualTo(0);
            screenshot("daily-phone-inbox-" + width + ".png", false);
            // the drawer opens over the page and lists the menu
            page.locator("vaadin-drawer-toggle").click();
            assertThat(page.locator("#side-nav")).isVisible();
            screenshot("daily-phone-menu-" + width + ".png", false);
            page.keyboard().press("Escape");
            logout.click();
            page.waitForURL(Pattern.compile(".*/login.*"));
        }

        // at 1440×900 the same shell keeps the unit and the logout label, the inbox every column
        page.setViewportSize(1440, 900);
        login("officer1");
        assertThat(page.locator("#inbox-grid")).hasAttribute("data-phone", "false");
        assertThat(page.locator("#current-user")).containsText(" · ");
        assertThat(page.locator("#logout .zhifa-logout-label")).isVisible();
        assertThat(page.locator(".zhifa-navbar").boundingBox().height).isLessThanOrEqualTo(64);
        assertThat(page.locator("#inbox-grid")).containsText("收到时间");
        screenshot("daily-desktop-inbox.png", false);
        // turned from desktop to phone width without a reload: the grid follows
        page.setViewportSize(390, 844);
        assertThat(page.locator("#inbox-grid")).hasAttribute("data-phone", "true");
    }

    @Test
    void aSupervisorHasNoWriteScreensAndARefusedPageLeadsBack() {
        page.setViewportSize(1440, 900);
        String landing = loginToLanding("supervisor1");
        assertThat(landing).contains("/supervision/cockpit");
        Locator nav = page.locator("#side-nav");
        assertThat(nav).containsText("驾驶舱");
        assertThat(nav).containsText("案件查询");
        assertThat(nav).not().containsText("登记线索");
        assertThat(nav).not().containsText("当场处罚");
        // typed by hand: an explanation in Chinese with a way back, never the framework's English route list
        for (String path : List.of("/cases/new", "/summary/new", "/complaints/new", "/admin/calendar")) {
            page.navigate(url(path));
            assertThat(page.locator("#refused-page")).isVisible();
            assertThat(page.locator("#refused-title")).containsText("无权访问");
            String text = page.locator("body").innerText();
            assertThat(text).as(path).doesNotContain("Access is denied").doesNotContain("Available routes")
                    .doesNotContain("Could not navigate");
        }
        screenshot("daily-refused.png", false);
        // a list open to all offers its write button only to those who may use it
        page.navigate(url("/complaints"));
        assertThat(page.locator("#complaint-grid")).isVisible();
        assertThat(page.locator("#complaint-new")).isHidden();
        page.navigate(url("/cases/new"));
        page.locator("#refused-back").click();
        page.waitForURL(Pattern.compile(".*/supervision/cockpit.*"));
        assertThat(page.locator("#side-nav")).containsText("驾驶舱");
        screenshot("daily-refused-back.png", false);
        logout();

        // the administrator lands on the cockpit too (an empty inbox is no start page)
        assertThat(loginToLanding("admin")).contains("/supervision/cockpit");
        assertThat(page.locator("#side-nav")).not().containsText("登记线索");
        logout();

        // an officer still has the write screens the matrix gives him
        login("officer1");
        assertThat(page.locator("#side-nav")).containsText("登记线索");
        assertThat(page.locator("#side-nav")).containsText("当场处罚");
        page.navigate(url("/cases/new"));
        assertThat(page.locator("#side-nav")).isVisible();
        assertThat(page.locator("#refused-page")).hasCount(0);
        page.navigate(url("/complaints"));
        assertThat(page.locator("#complaint-new")).isVisible();
    }

    @Test
    void complaintReplyMethodsAndTheCalendarSpeakChinese() {
        page.setViewportSize(1440, 900);
        Actor officer = actor("officer1");
        NewComplaint intake = new NewComplaint(ComplaintChannel.HOTLINE_12345,
                "GD-" + UUID.randomUUID().toString().substring(0, 8), "市民乙", "13800000011",
                "建国路" + UUID.randomUUID().toString().substring(0, 4) + "号", null, null, "夜间施工噪声扰民", null, null);
        Complaint c = complaints.intake(officer, intake).complaint();
        complaints.assign(actor("leader1"), c.id(), officer.userId(), null);
        complaints.verify(officer, c.id(), new Verification(ComplaintOutcome.NO_VIOLATION, "现场核实未发现施工", null,
                List.of()));

        login("officer1");
        page.navigate(url("/complaints/" + c.id()));
        Locator method = page.locator("#complaint-reply-method");
        assertThat(method).containsText("电话");
        method.click();
        Locator items = page.locator("vaadin-select-overlay[opened] vaadin-select-item");
        assertThat(items).hasCount(5);
        assertThat(items.nth(0)).hasText("电话");
        assertThat(items.nth(4)).hasText("当面");
        noRawEnums(String.join(" ", items.allInnerTexts()), "reply methods");
        items.filter(new Locator.FilterOptions().setHasText("短信")).click();
        page.locator("#complaint-reply-text textarea").fill("已电话联系投诉人说明核查情况");
        page.locator("#complaint-reply").click();
        assertThat(page.locator("body")).containsText("答复方式：短信");
        noRawEnums(page.locator("body").innerText(), "complaint " + c.id());
        screenshot("daily-complaint-replied.png", true);
        logout();

        login("admin");
        page.navigate(url("/admin/calendar"));
        Locator upload = page.locator("#calendar-upload");
        assertThat(upload).containsText("选择 ICS 文件");
        assertThat(upload).not().containsText("Upload");
        assertThat(upload).not().containsText("Drop");
        Locator log = page.locator("#calendar-changes");
        assertThat(log).containsText("随系统提供的官方节假日数据");
        assertThat(log).containsText("系统");
        assertThat(log).not().containsText("official data file");
        assertThat(log).not().containsText("system");
        noRawEnums(page.locator("body").innerText(), "calendar");
        // a file that is no calendar: refused in Chinese (the parser's English words only in the English UI and log)
        page.locator("#calendar-upload input[type=file]").setInputFiles(new FilePayload("holidays.ics", "text/calendar",
                "not a calendar".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#calendar-upload vaadin-upload-file[complete]")).hasCount(1);
        screenshot("daily-calendar-uploaded.png", false);
        page.locator("#calendar-import-reason input").fill("导入测试");
        page.locator("#calendar-import").click();
        Locator refusal = page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("未能保存"));
        assertThat(refusal).containsText("不是可读取的 iCalendar（ICS）文件");
        assertThat(refusal).not().containsText("Error at line");
        assertThat(refusal).not().containsText("Not a readable");
        assertThat(refusal).not().containsText("Cannot read");
        upload.scrollIntoViewIfNeeded();
        screenshot("daily-calendar-upload.png", false);
        log.scrollIntoViewIfNeeded();
        screenshot("daily-calendar-log.png", false);
    }

    @Test
    void theDailyScreensShowNoRawEnumNames() {
        page.setViewportSize(1440, 900);
        long archived = jdbc.queryForObject("SELECT MIN(id) FROM case_file WHERE stage = 'ARCHIVED' "
                + "AND procedure_type = 'ORDINARY'", Long.class);
        login("head1");
        noRawEnums(page.locator("body").innerText(), "inbox");
        for (String path : List.of("/cases/" + archived, "/cases/" + archived + "/evidence", "/cases",
                "/complaints", "/supervision/deadlines", "/publications", "/deliberations")) {
            page.navigate(url(path));
            assertThat(page.locator("#side-nav")).isVisible();
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            noRawEnums(page.locator("body").innerText(), path);
        }
    }

    /** Fails on an enum constant's raw name in the text of a Chinese screen. */
    static void noRawEnums(String text, String where) {
        Set<String> found = new TreeSet<>();
        Matcher m = RAW_ENUM.matcher(text);
        while (m.find()) {
            if (!NOT_ENUMS.contains(m.group())) {
                found.add(m.group());
            }
        }
        assertThat(found).as("raw enum names on %s", where).isEmpty();
    }

    private static void within(BoundingBox box, int width, int height, String what) {
        assertThat(box).as(what).isNotNull();
        assertThat(box.x).as(what).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as(what).isLessThanOrEqualTo(width);
        assertThat(box.y + box.height).as(what).isLessThanOrEqualTo(height);
    }
}
