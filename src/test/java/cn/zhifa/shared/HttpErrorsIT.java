package cn.zhifa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.demo.DemoData;
import cn.zhifa.shared.RawHttp.Answer;
import cn.zhifa.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error answer is {@code application/problem+json} — Spring MVC's (400, 404, 405, 406, 415), the container's
 * (malformed request line, {@code Transfer-Encoding: gzip} → 501, body too large → 413), security's (401) — and bad
 * input is refused with the offending field paths, in zh-CN or English, with nothing changed.
 */
@IntegrationTest
class HttpErrorsIT {

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired ObjectMapper json;
    @Autowired cn.zhifa.support.CaseFiles f;
    @Autowired java.time.Clock clock;

    private RawHttp http;
    private final String officer = RawHttp.basic("officer1", DemoData.PASSWORD);
    private final String head = RawHttp.basic("head1", DemoData.PASSWORD);

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    private JsonNode problem(Answer a, int status) throws Exception {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.contentType()).as(a.body()).startsWith("application/problem+json");
        JsonNode p = json.readTree(a.body());
        assertThat(p.path("status").asInt()).isEqualTo(status);
        assertThat(p.path("title").asText()).isNotBlank();
        assertThat(p.path("detail").asText()).isNotBlank();
        assertThat(a.body()).doesNotContain("at cn.zhifa", "at org.", "Exception:");
        return p;
    }

    private Map<String, String> snapshot() throws Exception {
        return new DomainSnapshot(dataSource, Set.of("case_record", "case_record_head", "login_event",
                "login_throttle")).take();
    }

    @Test
    void malformedJsonIs400() throws Exception {
        Map<String, String> before = snapshot();
        JsonNode p = problem(http.request("POST", "/api/cases", officer, "application/json", "{\"summary\": "), 400);
        assertThat(p.path("code").asText()).isEqualTo("request.unreadable");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void nullListElementIsRefusedWithItsPathInBothLanguages() throws Exception {
        Map<String, String> before = snapshot();
        String body = "{\"source\":\"INSPECTION\",\"summary\":\"占道\",\"parties\":[null]}";
        JsonNode zh = problem(http.request("POST", "/api/cases", officer, "application/json", body), 400);
        assertThat(zh.path("code").asText()).isEqualTo("request.invalid");
        assertThat(zh.path("errors").get(0).path("field").asText()).startsWith("parties[0]");
        assertThat(zh.path("errors").get(0).path("message").asText()).isEqualTo("必须填写");
        JsonNode en = problem(http.request("POST", "/api/cases", officer, "application/json", body,
                "Accept-Language: en"), 400);
        assertThat(en.path("errors").get(0).path("message").asText()).isEqualTo("is required");
        assertThat(en.path("detail").asText()).contains("parties[0]");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void overlongTextIsRefusedBeforeTheDatabase() throws Exception {
        Map<String, String> before = snapshot();
        String name = "张".repeat(101);
        String body = "{\"source\":\"INSPECTION\",\"summary\":\"占道\",\"parties\":[{\"kind\":\"NATURAL_PERSON\","
                + "\"name\":\"" + name + "\",\"idType\":\"ID_CARD\"}]}";
        JsonNode p = problem(http.request("POST", "/api/cases", officer, "application/json", body), 400);
        assertThat(p.path("errors").get(0).path("field").asText()).isEqualTo("parties[0].name");
        assertThat(p.path("errors").get(0).path("code").asText()).isEqualTo("Size");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void clockPauseWithoutKindAndAbsurdYearsAreRefused() throws Exception {
        Map<String, String> before = snapshot();
        JsonNode p = problem(http.request("POST", "/api/cases/1/clock/pause", head, "application/json", "{}"), 400);
        assertThat(p.path("errors").findValuesAsText("field")).contains("kind");
        JsonNode y = problem(http.request("POST", "/api/annual-reports", head, "application/json",
                "{\"year\":-999999999}"), 400);
        assertThat(y.path("errors").get(0).path("field").asText()).isEqualTo("year");
        JsonNode d = problem(http.request("POST", "/api/cases/1/clock/pause", head, "application/json",
                "{\"kind\":\"PAUSE_HEARING\",\"start\":\"-999999999-01-01\",\"reason\":\"x\"}"), 400);
        assertThat(d.path("errors").get(0).path("field").asText()).isEqualTo("start");
        JsonNode q = problem(http.request("GET", "/api/cases?from=-999999999-01-01", officer, null, null), 400);
        assertThat(q.path("errors").get(0).path("field").asText()).isEqualTo("from");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void unauthenticatedIs401() throws Exception {
        problem(http.request("GET", "/api/me", null, null, null), 401);
        problem(http.request("GET", "/api/me", RawHttp.basic("officer1", "wrong-password"), null, null), 401);
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() throws Exception {
        problem(http.request("GET", "/api/no-such-thing", officer, null, null), 404);
        problem(http.request("GET", "/public/no-such-page", null, null, null), 404);
        Answer a = http.request("DELETE", "/api/cases", officer, null, null);
        problem(a, 405);
        assertThat(a.headers().get("allow")).contains("GET", "POST");
        problem(http.request("GET", "/api/cases/1/clock/pause", head, null, null), 405);
    }

    @Test
    void wrongAcceptIs406AndWrongContentTypeIs415() throws Exception {
        problem(http.request("GET", "/api/me", officer, null, null, "Accept: text/csv"), 406);
        Map<String, String> before = snapshot();
        problem(http.request("POST", "/api/cases", officer, "text/plain", "hello"), 415);
        problem(http.request("POST", "/api/cases", officer, "application/xml", "<a/>"), 415);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anUnacceptableAnswerIsRefusedBeforeAnythingIsDone() throws Exception {
        var lead = f.aLead();
        String task = f.openTask(lead.id()).taskId();
        Map<String, String> before = snapshot();
        problem(http.request("POST", "/api/tasks/" + task + "/claim", officer, null, null, "Accept: text/csv"), 406);
        problem(http.request("POST", "/api/tasks/" + task + "/claim", officer, null, null, "Accept: ]]"), 406);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(http.request("POST", "/api/tasks/" + task + "/claim", officer, null, null,
                "Accept: text/html, */*;q=0.8").status()).isEqualTo(200);
    }

    @Test
    void containerErrorsAreProblemsToo() throws Exception {
        JsonNode gzip = problem(http.send("POST /api/cases HTTP/1.1\r\nHost: x\r\nAuthorization: " + officer
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: gzip",
                "{}".getBytes(StandardCharsets.UTF_8)), 501);
        assertThat(gzip.path("code").asText()).isEqualTo("http.501");
        problem(http.send("GET /api/me HTTP/1.1 extra\r\nHost: x", null), 400);
        problem(http.send("GET /api/me\u0001 HTTP/1.1\r\nHost: x", null), 400);
    }

    @Test
    void anUnsatisfiableRangeIs416() throws Exception {
        var c = f.aFiledCase();
        long o1 = f.actor("officer1").userId();
        long o2 = f.actor("officer2").userId();
        byte[] png = new byte[2048];
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(head, 0, png, 0, head.length);
        for (int i = head.length; i < png.length; i++) {
            png[i] = (byte) (i * 31);
        }
        String query = "?kind=PHOTO&fileName=scene.png&capturedAt=" + java.time.LocalDateTime.now(clock).withNano(0)
                + "&officerIds=" + o1 + "," + o2;
        Answer up = http.send("POST /api/cases/" + c.id() + "/evidence" + query + " HTTP/1.1\r\nHost: x\r\n"
                + "Authorization: " + officer + "\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                + png.length, png);
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        long id = json.readTree(up.body()).path("id").asLong();
        Answer range = http.request("GET", "/api/evidence/" + id + "/content", officer, null, null,
                "Range: bytes=999999-");
        JsonNode p = problem(range, 416);
        assertThat(p.path("code").asText()).isEqualTo("http.416");
        assertThat(http.request("GET", "/api/evidence/" + id + "/content", officer, null, null,
                "Range: bytes=0-9").status()).isEqualTo(206);
    }

    @Test
    void bodiesOverTheLimitAre413() throws Exception {
        Map<String, String> before = snapshot();
        String big = "{\"summary\":\"" + "x".repeat(1_100_000) + "\"}";
        problem(http.request("POST", "/api/cases", officer, "application/json", big), 413);
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        StringBuilder chunked = new StringBuilder();
        chunked.append(Integer.toHexString(bytes.length)).append("\r\n").append(big).append("\r\n0\r\n\r\n");
        problem(http.send("POST /api/cases HTTP/1.1\r\nHost: x\r\nAuthorization: " + officer
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked",
                chunked.toString().getBytes(StandardCharsets.UTF_8)), 413);
        assertThat(snapshot()).isEqualTo(before);
    }
}
