package cn.zhifa.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.demo.DemoData;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
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

/** The legal review through the REST API: requirements, queue, the checklist payload, refusals as problem+json. */
@IntegrationTest
class LegalReviewApiIT {

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired CaseFiles f;

    private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
        HttpHeaders h = new HttpHeaders();
        h.setBasicAuth(user, DemoData.PASSWORD);
        h.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(body, h), String.class);
    }

    private JsonNode ok(ResponseEntity<String> r) throws Exception {
        assertThat(r.getStatusCode().is2xxSuccessful()).as(r.getBody()).isTrue();
        return json.readTree(r.getBody());
    }

    private static List<Map<String, Object>> checklist(String problem) {
        return Arrays.stream(cn.zhifa.casefile.ReviewPoint.values()).map(p -> p.name().equals(problem)
                ? Map.<String, Object>of("point", p.name(), "passed", false, "remark", "缺少询问笔录")
                : Map.<String, Object>of("point", p.name(), "passed", true)).toList();
    }

    @Test
    void reviewerWorksTheCaseThroughTheApi() throws Exception {
        CaseFile c = f.aCaseAtLegalReview();
        JsonNode overview = ok(call("officer1", HttpMethod.GET, "/api/cases/" + c.id() + "/review", null));
        assertThat(overview.path("reviewRequired").asBoolean()).isTrue();
        assertThat(overview.path("requirements").findValuesAsText("code")).contains("MARKED_MAJOR");
        assertThat(overview.path("notice").path("fine").decimalValue()).isEqualByComparingTo(CaseFiles.FINE);

        JsonNode queue = ok(call("reviewer1", HttpMethod.GET, "/api/review/queue", null));
        JsonNode entry = null;
        for (JsonNode q : queue) {
            if (q.path("caseId").asLong() == c.id()) {
                entry = q;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.path("light").asText()).isEqualTo("GREEN");
        String task = entry.path("taskId").asText();
        assertThat(call("officer1", HttpMethod.GET, "/api/review/queue", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // a decision payload on the review task, and AGREE with a problem point: refused as problem+json
        ResponseEntity<String> wrong = call("reviewer1", HttpMethod.POST, "/api/tasks/" + task + "/complete",
                Map.of("type", "Decision", "outcome", "FINE", "fine", 500, "correctionOrder", "改正",
                        "decidedDate", f.today().toString()));
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(wrong.getBody()).path("code").asText()).isEqualTo("task.wrongPayload");
        ResponseEntity<String> agreeWithProblem = call("reviewer1", HttpMethod.POST, "/api/tasks/" + task
                + "/complete", Map.of("type", "LegalReview", "outcome", "AGREE", "checklist",
                        checklist("FACTS_EVIDENCE"), "opinion", "同意"));
        assertThat(agreeWithProblem.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(agreeWithProblem.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(json.readTree(agreeWithProblem.getBody()).path("code").asText())
                .isEqualTo("review.agreeWithProblems");

        ok(call("reviewer1", HttpMethod.POST, "/api/review/tasks/" + task + "/claim", null));
        JsonNode back = ok(call("reviewer1", HttpMethod.POST, "/api/tasks/" + task + "/complete", Map.of(
                "type", "LegalReview", "outcome", "SUPPLEMENT", "checklist", checklist("FACTS_EVIDENCE"),
                "opinion", "证据不足，补充调查")));
        assertThat(back.path("stage").asText()).isEqualTo("INVESTIGATION");
        JsonNode rounds = ok(call("officer1", HttpMethod.GET, "/api/cases/" + c.id() + "/review", null))
                .path("rounds");
        assertThat(rounds).hasSize(1);
        assertThat(rounds.get(0).path("outcome").asText()).isEqualTo("SUPPLEMENT");
        assertThat(rounds.get(0).path("checklist")).hasSize(8);

        // other units' cases answer 404; catalogue writes are admin-only
        assertThat(call("wj_officer1", HttpMethod.GET, "/api/cases/" + c.id() + "/review", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(call("officer1", HttpMethod.POST, "/api/review/catalogue", Map.of("type", "REVOCATION",
                "label", "x", "active", true)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
