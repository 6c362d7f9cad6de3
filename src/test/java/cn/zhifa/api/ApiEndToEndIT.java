package cn.zhifa.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.demo.DemoData;
import cn.zhifa.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A case from lead to archive through the REST API only, as an API client (hotline, body camera) would drive it. */
@IntegrationTest
class ApiEndToEndIT {

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;

    private final String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

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

    private String openTask(long caseId, String user) throws Exception {
        JsonNode c = ok(call(user, HttpMethod.GET, "/api/cases/" + caseId, null, null));
        assertThat(c.path("openTasks")).hasSize(1);
        return c.path("openTasks").get(0).path("taskId").asText();
    }

    private JsonNode complete(long caseId, String user, Map<String, Object> payload) throws Exception {
        String task = openTask(caseId, user);
        return ok(call(user, HttpMethod.POST, "/api/tasks/" + task + "/complete", payload, null));
    }

    @Test
    void leadToArchiveThroughTheApi() throws Exception {
        JsonNode created = ok(call("officer1", HttpMethod.POST, "/api/cases", Map.of(
                "source", "HOTLINE_12345", "summary", "12345工单：朝阳路门店占道经营", "location", "朝阳路100号",
                "discoveredDate", today, "parties", List.of(Map.of("kind", "NATURAL_PERSON", "name", "接口当事人",
                        "idType", "ID_CARD", "idNo", "110105199001011234", "phone", "13800000000",
                        "address", "朝阳路1号"))), null));
        long id = created.path("id").asLong();
        assertThat(created.path("stage").asText()).isEqualTo("VERIFICATION");

        // the lead is in the officers' queue
        // the suite's other cases share the queue: read it whole (pages of 200), not only its first page
        JsonNode inbox = ok(call("officer2", HttpMethod.GET, "/api/tasks?limit=200", null, null));
        assertThat(inbox.findValuesAsText("caseId")).contains(String.valueOf(id));

        long item = ok(call("officer1", HttpMethod.GET, "/api/items", null, null)).get(0).path("id").asLong();
        long o1 = ok(call("officer1", HttpMethod.GET, "/api/me", null, null)).path("id").asLong();
        long o2 = ok(call("officer2", HttpMethod.GET, "/api/me", null, null)).path("id").asLong();

        String verify = openTask(id, "officer1");
        JsonNode claimed = ok(call("officer1", HttpMethod.POST, "/api/tasks/" + verify + "/claim", null, null));
        assertThat(claimed.path("assigneeId").asLong()).isEqualTo(o1);
        ResponseEntity<String> lost = call("officer2", HttpMethod.POST, "/api/tasks/" + verify + "/claim", null, null);
        assertThat(lost.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(lost.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(json.readTree(lost.getBody()).path("detail").asText()).contains("王强");

        complete(id, "officer1", Map.of("type", "VerifyLead", "recommendFiling", true, "itemId", item,
                "actDate", today, "handlerIds", List.of(o1, o2), "opinion", "核查属实"));
        JsonNode filed = complete(id, "head1", Map.of("type", "ApproveFiling", "approve", true));
        assertThat(filed.path("caseNo").asText()).matches("朝综执立字〔\\d{4}〕第\\d{4}号");
        complete(id, "officer2", Map.of("type", "Investigate", "facts", "当事人在门前占道摆放桌椅",
                "documents", List.of(Map.of("docType", "INVESTIGATION_RECORD", "title", "现场检查笔录"))));
        // the item's 裁量阶次 for a natural person: 800 lies in the lighter tier (200–1,000); without a tier the
        // report is refused, naming the benchmark
        JsonNode tiers = ok(call("officer2", HttpMethod.GET, "/api/items/" + item + "/benchmarks", null, null));
        long lighter = 0;
        for (JsonNode t : tiers) {
            if (t.path("tier").asText().equals("LIGHTER")) {
                lighter = t.path("id").asLong();
            }
        }
        assertThat(lighter).as("the demo item's lighter tier").isPositive();
        Map<String, Object> report = new java.util.HashMap<>(Map.of("type", "InvestigationReport",
                "proposedOutcome", "FINE", "fine", 800, "correctionOrder", "责令立即改正", "discretionReason", "一般情形",
                "major", false, "deliberation", false));
        ResponseEntity<String> untiered = call("officer2", HttpMethod.POST, "/api/tasks/" + openTask(id, "officer2")
                + "/complete", report, null);
        assertThat(untiered.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(untiered.getBody()).path("detail").asText()).contains("裁量阶次");
        report.put("benchmarkId", lighter);
        complete(id, "officer2", report);
        complete(id, "leader1", Map.of("type", "CaseReview", "approve", true, "markMajor", false,
                "markDeliberation", false, "opinion", "同意"));
        complete(id, "officer1", Map.of("type", "AdvanceNotice", "servedDate", today, "method", "DIRECT"));
        complete(id, "officer1", Map.of("type", "StatementDefence", "waived", false, "statement", "当事人称系初次",
                "reviewOpinion", "经复核，陈述理由已在裁量中考虑"));

        // a decision heavier than notified is refused, in Chinese by default and in English on request
        String decision = openTask(id, "head2");
        Map<String, Object> heavier = Map.of("type", "Decision", "outcome", "FINE", "fine", 900,
                "correctionOrder", "责令立即改正", "decidedDate", today);
        ResponseEntity<String> refused = call("head2", HttpMethod.POST, "/api/tasks/" + decision + "/complete",
                heavier, null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode problem = json.readTree(refused.getBody());
        assertThat(problem.path("code").asText()).isEqualTo("decision.heavierThanNotified");
        assertThat(problem.path("detail").asText()).contains("不得因当事人陈述申辩而加重处罚");
        ResponseEntity<String> english = call("head2", HttpMethod.POST, "/api/tasks/" + decision + "/complete",
                heavier, "en");
        assertThat(json.readTree(english.getBody()).path("detail").asText()).contains("notified fine");
        assertThat(openTask(id, "head2")).isEqualTo(decision);

        complete(id, "head2", Map.of("type", "Decision", "outcome", "FINE", "fine", 800,
                "correctionOrder", "责令立即改正", "decidedDate", today));
        complete(id, "officer1", Map.of("type", "Service", "servedDate", today, "method", "DIRECT"));
        complete(id, "officer1", Map.of("type", "Execution", "paidAmount", 800, "paidDate", today));
        JsonNode archived = complete(id, "principal", Map.of("type", "ClosingApproval", "approve", true,
                "opinion", "罚款已缴清，同意结案"));
        assertThat(archived.path("stage").asText()).isEqualTo("ARCHIVED");

        JsonNode view = ok(call("officer1", HttpMethod.GET, "/api/cases/" + id, null, null));
        assertThat(view.path("caseFile").path("readOnly").asBoolean()).isTrue();
        assertThat(view.path("openTasks")).isEmpty();
        // (the document module's entries — documents rendered, dossier archived — follow the step's commit)
        assertThat(view.path("history").findValuesAsText("action")).startsWith("LEAD_REGISTERED")
                .filteredOn(a -> !a.equals("DOCUMENT_RENDERED") && !a.startsWith("DOSSIER_"))
                .endsWith("CLOSING_APPROVED");
        // nothing left to complete: the old decision task is gone
        ResponseEntity<String> stale = call("head2", HttpMethod.POST, "/api/tasks/" + decision + "/complete",
                heavier, null);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        // the search finds it by case number, the other street does not see it
        String caseNo = archived.path("caseNo").asText();
        JsonNode found = ok(call("officer3", HttpMethod.GET, "/api/cases?caseNo=" + caseNo, null, null));
        assertThat(found).hasSize(1);
        assertThat(ok(call("wj_officer1", HttpMethod.GET, "/api/cases?caseNo=" + caseNo, null, null))).isEmpty();
        assertThat(call("wj_officer1", HttpMethod.GET, "/api/cases/" + id, null, null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void authenticationAndBadInput() throws Exception {
        assertThat(rest.getForEntity("/api/tasks", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        HttpHeaders h = new HttpHeaders();
        h.setBasicAuth("officer1", "wrong-password");
        assertThat(rest.exchange("/api/tasks", HttpMethod.GET, new HttpEntity<>(h), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> garbage = call("officer1", HttpMethod.POST, "/api/cases",
                Map.of("source", "NOPE", "discoveredDate", "yesterday"), null);
        assertThat(garbage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(garbage.getBody()).path("detail").asText()).contains("YYYY-MM-DD");
        ResponseEntity<String> noType = call("officer1", HttpMethod.POST, "/api/tasks/x/complete",
                Map.of("approve", true), null);
        assertThat(noType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        JsonNode doc = json.readTree(rest.getForObject("/v3/api-docs", String.class));
        assertThat(doc.path("paths").has("/api/cases")).isTrue();
        assertThat(doc.path("paths").has("/api/tasks/{taskId}/complete")).isTrue();
        assertThat(doc.path("paths").has("/api/tasks/{taskId}/claim")).isTrue();
        assertThat(doc.path("paths").has("/api/cases/{id}")).isTrue();
    }
}
