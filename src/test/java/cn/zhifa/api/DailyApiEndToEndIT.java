package cn.zhifa.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.demo.DemoData;
import cn.zhifa.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Summary procedure and complaints through the REST API and the public form only (runs on H2 and MariaDB). */
@IntegrationTest
class DailyApiEndToEndIT {

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired java.time.Clock clock;

    private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body, String lang) {
        HttpHeaders h = new HttpHeaders();
        h.setBasicAuth(user, DemoData.PASSWORD);
        h.setContentType(MediaType.APPLICATION_JSON);
        if (lang != null) {
            h.set(HttpHeaders.ACCEPT_LANGUAGE, lang);
        }
        return rest.exchange(path, method, new HttpEntity<>(body, h), String.class);
    }

    private JsonNode ok(ResponseEntity<String> r) throws Exception {
        assertThat(r.getStatusCode().is2xxSuccessful()).as(r.getBody()).isTrue();
        return json.readTree(r.getBody());
    }

    private Map<String, Object> penalty(String fine, long second) {
        Map<String, Object> p = new HashMap<>();
        p.put("partyKind", "NATURAL_PERSON");
        p.put("partyName", "接口当场当事人");
        p.put("violation", "占道经营");
        p.put("factsConclusive", true);
        p.put("legalBasis", "《城市市容和环境卫生管理条例》第三十六条");
        p.put("place", "朝阳路8号");
        p.put("penalty", "FINE");
        p.put("fine", fine);
        p.put("secondOfficerId", second);
        p.put("certificatesShown", true);
        p.put("statement", "无异议");
        p.put("partySigned", true);
        return p;
    }

    @Test
    void summaryPenaltyThroughTheApi() throws Exception {
        long o2 = ok(call("officer2", HttpMethod.GET, "/api/me", null, null)).path("id").asLong();
        ResponseEntity<String> refused = call("officer1", HttpMethod.POST, "/api/summary-cases",
                penalty("200.01", o2), null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType().toString()).contains("application/problem+json");
        JsonNode problem = json.readTree(refused.getBody());
        assertThat(problem.path("code").asText()).isEqualTo("summary.overPersonLimit");
        assertThat(problem.path("detail").asText()).contains("200");
        JsonNode en = json.readTree(call("officer1", HttpMethod.POST, "/api/summary-cases", penalty("200.01", o2),
                "en").getBody());
        assertThat(en.path("detail").asText()).contains("ordinary procedure");

        JsonNode created = ok(call("officer1", HttpMethod.POST, "/api/summary-cases", penalty("200.00", o2), null));
        long id = created.path("caseId").asLong();
        assertThat(created.path("decisionNo").asText()).contains("当罚");
        JsonNode tasks = ok(call("officer2", HttpMethod.GET, "/api/tasks?procedure=SUMMARY", null, null));
        assertThat(tasks.findValuesAsText("caseId")).contains(String.valueOf(id));
        JsonNode search = ok(call("officer1", HttpMethod.GET, "/api/cases?procedure=SUMMARY&limit=500", null, null));
        assertThat(search.findValuesAsText("id")).contains(String.valueOf(id));
        // not collected on the spot: paid at the bank (Art. 67) through the case's execution, then 备案 closes it
        ok(call("officer2", HttpMethod.POST, "/api/cases/" + id + "/execution/payments", Map.of("receiptNo",
                "BANK-API-" + id, "finePart", "200.00", "surchargePart", "0", "paidOn",
                java.time.LocalDate.now(clock).toString()), null));
        JsonNode filed = ok(call("officer2", HttpMethod.POST, "/api/summary-cases/" + id + "/filing", null, null));
        assertThat(filed.path("filedDate").asText()).isNotBlank();
        assertThat(ok(call("officer1", HttpMethod.GET, "/api/cases/" + id, null, null)).path("caseFile")
                .path("stage").asText()).isEqualTo("ARCHIVED");
        JsonNode stats = ok(call("supervisor1", HttpMethod.GET, "/api/statistics/procedures", null, null));
        assertThat(stats.path("casesByProcedureAndStage").path("SUMMARY").path("ARCHIVED").asLong())
                .isGreaterThanOrEqualTo(1);
        assertThat(call("wj_officer1", HttpMethod.GET, "/api/summary-cases/" + id, null, null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void complaintFromThePublicFormToACaseThroughTheApi() throws Exception {
        // the public form: no login, CSRF token required, values escaped
        ResponseEntity<String> form = rest.getForEntity("/public/complaint", String.class);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        String body = form.getBody();
        String token = body.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String cookie = form.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        long unit = ok(call("officer1", HttpMethod.GET, "/api/me", null, null)).path("unitId").asLong();
        String place = "朝阳公园南门" + UUID.randomUUID().toString().substring(0, 6);
        LinkedMultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add("unitId", String.valueOf(unit));
        fields.add("name", "<script>alert(1)</script>");
        fields.add("phone", "13900000000");
        fields.add("place", place);
        fields.add("content", "夜间噪音扰民");
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> noToken = rest.exchange("/public/complaint", HttpMethod.POST,
                new HttpEntity<>(fields, h), String.class);
        // without the CSRF token Spring Security refuses (Vaadin's chain answers with a redirect, not the page)
        assertThat(noToken.getStatusCode().is2xxSuccessful()).isFalse();
        if (cookie != null) {
            h.add(HttpHeaders.COOKIE, cookie.split(";")[0]);
        }
        fields.add("_csrf", token);
        ResponseEntity<String> sent = rest.exchange("/public/complaint", HttpMethod.POST, new HttpEntity<>(fields, h),
                String.class);
        assertThat(sent.getStatusCode()).as(sent.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(sent.getBody()).contains("complaint-thanks").doesNotContain("<script>");
        // the form looks like the portal, with its privacy note and the way to the status lookup
        assertThat(body).contains("行政执法公示").contains("complaint-privacy").contains("不予公开")
                .contains("/public/complaint/status");
        assertThat(rest.getForObject("/public", String.class)).contains("href=\"/public/complaint\"");
        String no = sent.getBody().replaceAll("(?s).*编号 ([^。<]+)。.*", "$1");
        ResponseEntity<String> status = rest.exchange("/public/complaint/status?no={no}&phone=13900000000",
                HttpMethod.GET, new HttpEntity<>(h), String.class, no);
        assertThat(status.getBody()).contains("complaint-status").contains(no).contains("待分派")
                .doesNotContain("script").doesNotContain("夜间噪音扰民");
        // a wrong phone tells nothing about the number
        ResponseEntity<String> wrong = rest.exchange("/public/complaint/status?no={no}&phone=13900000001",
                HttpMethod.GET, new HttpEntity<>(h), String.class, no);
        assertThat(wrong.getBody()).contains("complaint-status-none").doesNotContain("待分派");

        JsonNode list = ok(call("leader1", HttpMethod.GET, "/api/complaints", null, null));
        JsonNode mine = null;
        for (JsonNode c : list) {
            if (c.path("place").asText().equals(place)) {
                mine = c;
            }
        }
        assertThat(mine).isNotNull();
        long id = mine.path("id").asLong();
        assertThat(mine.path("channel").asText()).isEqualTo("WEB");
        assertThat(mine.path("complainantName").asText()).isEqualTo("<script>alert(1)</script>");

        // a repeat through the API gets the hint
        JsonNode repeat = ok(call("officer1", HttpMethod.POST, "/api/complaints", Map.of("channel", "API",
                "place", place, "content", "仍有噪音"), null));
        assertThat(repeat.path("possibleDuplicates").findValuesAsText("id")).contains(String.valueOf(id));

        long o1 = ok(call("officer1", HttpMethod.GET, "/api/me", null, null)).path("id").asLong();
        ok(call("leader1", HttpMethod.POST, "/api/complaints/" + id + "/assign", Map.of("verifierId", o1), null));
        JsonNode verified = ok(call("officer1", HttpMethod.POST, "/api/complaints/" + id + "/verify", Map.of(
                "outcome", "CASE", "note", "属实", "parties", List.of(Map.of("kind", "ORGANIZATION", "name",
                        "某酒吧", "idType", "OTHER"))), null));
        long caseId = verified.path("caseId").asLong();
        JsonNode back = ok(call("officer1", HttpMethod.GET, "/api/cases/" + caseId + "/complaints", null, null));
        assertThat(back.findValuesAsText("id")).containsExactly(String.valueOf(id));
        assertThat(ok(call("officer1", HttpMethod.GET, "/api/cases/" + caseId, null, null)).path("caseFile")
                .path("leadSource").asText()).isEqualTo("COMPLAINT");
        ResponseEntity<String> badReply = call("officer1", HttpMethod.POST, "/api/complaints/" + id + "/reply",
                Map.of("text", "已处理", "method", "PIGEON"), null);
        assertThat(badReply.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        ok(call("officer1", HttpMethod.POST, "/api/complaints/" + id + "/reply",
                Map.of("text", "已立案查处", "method", "SMS"), null));
        JsonNode stats = ok(call("supervisor1", HttpMethod.GET, "/api/statistics/complaints", null, null));
        assertThat(stats.path("becameCases").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stats.path("byChannel").path("WEB").asLong()).isGreaterThanOrEqualTo(1);
    }
}
