package cn.zhifa.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.organization.Actor;
import cn.zhifa.organization.NewUser;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.RawHttp;
import cn.zhifa.shared.RawHttp.Answer;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import cn.zhifa.support.Refusals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Accounts as 等保 level 3 expects, end to end over HTTP with the controlled clock (never sleeping): lockout after
 * repeated failures and its expiry, the failure window, admin unlock (REST) and the login log, per-address lockout,
 * exact user names, the password policy, idle timeout of a screen session, the session cookie's attributes, the CSP of
 * the public pages and the public complaint form's limit per session.
 */
@IntegrationTest
class AccountSecurityIT {

    private static final String PASSWORD = "Lock-test-2026";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired OrganizationService organization;
    @Autowired LoginGuard guard;
    @Autowired CaseFiles f;
    @Autowired Messages messages;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    private RawHttp http;
    private Instant started;

    @BeforeEach
    void setUp() {
        http = new RawHttp(port);
        started = clock.instant();
    }

    @AfterEach
    void cleanUp() {
        // the suite's other tests log in from the same loopback address: leave no count and no lock behind
        jdbc.update("DELETE FROM login_throttle WHERE kind = 'ADDRESS'");
        clock.set(started);
    }

    private UserAccount newUser() {
        Actor admin = f.actor("admin");
        return organization.createUser(admin, new NewUser("lock" + SEQ.incrementAndGet() + "x"
                + UUID.randomUUID().toString().substring(0, 6), PASSWORD, "锁定测试", admin.unitId(), null,
                EnumSet.of(Role.OFFICER)));
    }

    private Answer me(String user, String password) throws Exception {
        return http.request("GET", "/api/me", RawHttp.basic(user, password), null, null);
    }

    private String code(Answer a) throws Exception {
        assertThat(a.contentType()).as(a.body()).startsWith("application/problem+json");
        return json.readTree(a.body()).path("code").asText();
    }

    private List<String> outcomes(String username) throws Exception {
        Answer a = http.request("GET", "/api/admin/logins?username=" + username + "&limit=50",
                RawHttp.basic("admin", cn.zhifa.demo.DemoData.PASSWORD), null, null);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return json.readTree(a.body()).findValuesAsText("outcome");
    }

    @Test
    void repeatedFailuresLockTheAccountUntilTheLockoutEnds() throws Exception {
        UserAccount u = newUser();
        for (int i = 0; i < 4; i++) {
            assertThat(code(me(u.username(), "wrong-" + i))).isEqualTo("auth.failed");
        }
        assertThat(me(u.username(), PASSWORD).status()).as("4 failures: still allowed").isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(me(u.username(), "wrong-" + i).status()).isEqualTo(401);
        }
        Answer locked = me(u.username(), PASSWORD);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(code(locked)).isEqualTo("auth.locked");
        clock.advance(Duration.ofMinutes(14));
        assertThat(code(me(u.username(), PASSWORD))).as("14 minutes later").isEqualTo("auth.locked");
        clock.advance(Duration.ofMinutes(2));
        assertThat(me(u.username(), PASSWORD).status()).as("after the 15-minute lockout").isEqualTo(200);
        assertThat(outcomes(u.username())).contains("FAILURE", "LOCKED", "REFUSED_LOCKED", "SUCCESS");
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() throws Exception {
        UserAccount u = newUser();
        for (int i = 0; i < 4; i++) {
            me(u.username(), "wrong");
        }
        clock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < 4; i++) {
            me(u.username(), "wrong");
        }
        assertThat(me(u.username(), PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anAdminUnlocksWithAReasonAndOthersCannot() throws Exception {
        UserAccount u = newUser();
        for (int i = 0; i < 5; i++) {
            me(u.username(), "wrong");
        }
        assertThat(code(me(u.username(), PASSWORD))).isEqualTo("auth.locked");
        String body = "{\"scope\":\"ACCOUNT\",\"subject\":\"" + u.username() + "\",\"reason\":\"本人来电核实\"}";
        Answer byHead = http.request("POST", "/api/admin/lockouts/unlock", RawHttp.basic("head1",
                cn.zhifa.demo.DemoData.PASSWORD), "application/json", body);
        assertThat(byHead.status()).isEqualTo(403);
        assertThat(code(byHead)).isEqualTo("permission.denied");
        Answer noReason = http.request("POST", "/api/admin/lockouts/unlock", RawHttp.basic("admin",
                cn.zhifa.demo.DemoData.PASSWORD), "application/json",
                "{\"scope\":\"ACCOUNT\",\"subject\":\"" + u.username() + "\"}");
        assertThat(noReason.status()).isEqualTo(400);
        Answer list = http.request("GET", "/api/admin/lockouts", RawHttp.basic("admin",
                cn.zhifa.demo.DemoData.PASSWORD), null, null);
        assertThat(list.body()).contains(u.username());
        Answer ok = http.request("POST", "/api/admin/lockouts/unlock", RawHttp.basic("admin",
                cn.zhifa.demo.DemoData.PASSWORD), "application/json", body);
        assertThat(ok.status()).as(ok.body()).isEqualTo(204);
        assertThat(me(u.username(), PASSWORD).status()).isEqualTo(200);
        assertThat(outcomes(u.username())).contains("UNLOCKED");
        Answer logsByOfficer = http.request("GET", "/api/admin/logins", RawHttp.basic("officer1",
                cn.zhifa.demo.DemoData.PASSWORD), null, null);
        assertThat(logsByOfficer.status()).isEqualTo(403);
        // the service refuses an unlock of something not locked, and changes nothing
        Refusals.refused(messages, () -> guard.lockouts(f.actor("admin")), "account.unlock.notLocked",
                () -> {
                    guard.unlock(f.actor("admin"), LoginGuard.Scope.ACCOUNT, u.username(), "再次解锁");
                    return null;
                });
    }

    @Test
    void anAddressIsLockedAfterManyFailuresWhateverTheNames() {
        String address = "198.51.100." + (SEQ.incrementAndGet() % 200 + 1);
        for (int i = 0; i < 19; i++) {
            guard.failed("nobody" + i, null, address, LoginGuard.Channel.API, "BadCredentialsException");
        }
        assertThat(guard.refusal("someone-else", address, LoginGuard.Channel.API)).isEmpty();
        guard.failed("nobody-last", null, address, LoginGuard.Channel.API, "BadCredentialsException");
        assertThat(guard.refusal("someone-else", address, LoginGuard.Channel.API)).isPresent();
        assertThat(guard.lockouts(f.actor("admin"))).anyMatch(l -> l.subject().equals(address)
                && l.scope() == LoginGuard.Scope.ADDRESS);
        clock.advance(Duration.ofMinutes(16));
        assertThat(guard.refusal("someone-else", address, LoginGuard.Channel.API)).isEmpty();
    }

    @Test
    void userNamesAreExact() throws Exception {
        UserAccount u = newUser();
        assertThat(me(u.username(), PASSWORD).status()).isEqualTo(200);
        assertThat(me(u.username().toUpperCase(), PASSWORD).status()).isEqualTo(401);
        assertThat(me(u.username() + " ", PASSWORD).status()).isEqualTo(401);
        assertThat(me(u.username() + "\u0000", PASSWORD).status()).isEqualTo(401);
        assertThat(organization.findByUsername(u.username().toUpperCase())).isEmpty();
        assertThat(organization.findByUsername(u.username() + " ")).isEmpty();
    }

    @Test
    void newPasswordsFollowThePolicy() {
        Actor admin = f.actor("admin");
        var users = (java.util.function.Supplier<Object>) () -> organization.users(null).size();
        Refusals.refused(messages, users, "password.tooShort", () -> organization.createUser(admin,
                new NewUser("pw" + SEQ.incrementAndGet() + "short", "a1b2", "短", admin.unitId(), null,
                        EnumSet.of(Role.OFFICER))));
        Refusals.refused(messages, users, "password.classes", () -> organization.createUser(admin,
                new NewUser("pw" + SEQ.incrementAndGet() + "cls", "onlylowercase", "类", admin.unitId(), null,
                        EnumSet.of(Role.OFFICER))));
        String name = "pw" + SEQ.incrementAndGet() + "name";
        Refusals.refused(messages, users, "password.containsUsername", () -> organization.createUser(admin,
                new NewUser(name, name + "2026", "名", admin.unitId(), null, EnumSet.of(Role.OFFICER))));
        UserAccount u = newUser();
        Refusals.refused(messages, () -> "unchanged", "password.containsUsername", () -> {
            organization.resetPassword(admin, u.id(), "X-" + u.username());
            return null;
        });
    }

    @Test
    void aScreenSessionEndsAfterTheIdleTimeoutOnTheApplicationClock() throws Exception {
        UserAccount u = newUser();
        Answer login = formLogin(u.username(), PASSWORD);
        assertThat(login.status()).as(login.body()).isEqualTo(302);
        assertThat(login.headers().get("location")).doesNotContain("error");
        String setCookie = login.headers().get("set-cookie");
        assertThat(setCookie).contains("JSESSIONID").contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        String cookie = setCookie.split(";")[0];
        assertThat(page("/tasks", cookie).status()).as("logged in").isEqualTo(200);
        clock.advance(Duration.ofMinutes(29));
        assertThat(page("/tasks", cookie).status()).as("29 minutes idle").isEqualTo(200);
        clock.advance(Duration.ofMinutes(29));
        assertThat(page("/tasks", cookie).status()).as("29 more: the activity in between counted").isEqualTo(200);
        clock.advance(Duration.ofMinutes(31));
        Answer after = page("/tasks", cookie);
        assertThat(after.status()).as("31 minutes idle").isEqualTo(302);
        assertThat(after.headers().get("location")).contains("/login");
        assertThat(outcomes(u.username())).contains("SUCCESS", "IDLE_TIMEOUT");
    }

    @Test
    void publicPagesCarryAContentSecurityPolicy() throws Exception {
        Answer a = http.request("GET", "/public", null, null, null);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.headers().get("content-security-policy")).contains("default-src 'none'")
                .contains("frame-ancestors 'none'").doesNotContain("script-src");
        assertThat(a.headers().get("content-security-policy").split("frame-ancestors")).hasSize(2);
        Answer form = http.request("GET", "/public/complaint", null, null, null);
        assertThat(form.headers().get("content-security-policy")).contains("form-action 'self'");
    }

    @Test
    void thePublicComplaintFormIsLimitedPerSession() throws Exception {
        Answer form = http.request("GET", "/public/complaint", null, null, null);
        String cookie = form.headers().get("set-cookie").split(";")[0];
        String token = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        long unit = f.actor("officer1").unitId();
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Integer.class);
        for (int i = 0; i < 3; i++) {
            Answer sent = postComplaint(cookie, token, unit, i);
            assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        }
        Answer fourth = postComplaint(cookie, token, unit, 4);
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.headers()).containsKey("retry-after");
        assertThat(fourth.body()).contains("提交过于频繁");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Integer.class)).isEqualTo(before + 3);
        clock.advance(Duration.ofMinutes(61));
        assertThat(postComplaint(cookie, token, unit, 5).status()).as("a new window").isEqualTo(200);
    }

    private Answer postComplaint(String cookie, String token, long unit, int i) throws Exception {
        String body = "unitId=" + unit + "&name=" + enc("限流测试") + "&place=" + enc("限流路" + i + "号")
                + "&content=" + enc("第" + i + "次投诉：夜间施工") + "&_csrf=" + enc(token);
        return http.request("POST", "/public/complaint", null, "application/x-www-form-urlencoded", body,
                "Cookie: " + cookie);
    }

    private Answer formLogin(String user, String password) throws Exception {
        Answer loginPage = http.request("GET", "/login", null, null, null);
        String cookie = loginPage.headers().getOrDefault("set-cookie", "").split(";")[0];
        // Vaadin's bootstrap page carries Spring Security's CSRF token in a meta tag
        var token = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(token.find()).as(loginPage.body()).isTrue();
        String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        return cookie.isEmpty()
                ? http.request("POST", "/login", null, "application/x-www-form-urlencoded", body)
                : http.request("POST", "/login", null, "application/x-www-form-urlencoded", body, "Cookie: " + cookie);
    }

    private Answer page(String path, String cookie) throws Exception {
        return http.request("GET", path, null, null, null, "Cookie: " + cookie, "Accept: text/html");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
