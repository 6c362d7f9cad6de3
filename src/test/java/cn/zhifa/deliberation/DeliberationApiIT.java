package cn.zhifa.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.demo.DemoData;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
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

/**
 * The deliberation through the REST API: no decision without a confirmed resolution (the step is refused as
 * problem+json), a meeting run by API calls with a dissent, the step taking the resolution, and the decision refused
 * when it differs from it. Other units' heads get 404.
 */
@IntegrationTest
class DeliberationApiIT {

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired CaseFiles f;

    private final String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

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

    private String problem(ResponseEntity<String> r, HttpStatus status) throws Exception {
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(status);
        assertThat(r.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode p = json.readTree(r.getBody());
        assertThat(p.path("detail").asText()).isNotBlank();
        return p.path("code").asText();
    }

    private String openTask(long caseId) throws Exception {
        JsonNode c = ok(call("head1", HttpMethod.GET, "/api/cases/" + caseId, null));
        return c.path("openTasks").get(0).path("taskId").asText();
    }

    @Test
    void noDecisionWithoutTheConfirmedResolutionAndNoneAgainstIt() throws Exception {
        long caseId = f.aCaseAtDeliberation().id();
        String step = openTask(caseId);
        Map<String, Object> deliberation = new HashMap<>();
        deliberation.put("type", "Deliberation");
        deliberation.put("meetingId", null);
        assertThat(problem(call("head1", HttpMethod.POST, "/api/tasks/" + step + "/complete", deliberation),
                HttpStatus.UNPROCESSABLE_ENTITY)).isEqualTo("deliberation.noResolution");

        JsonNode awaiting = ok(call("head1", HttpMethod.GET, "/api/deliberations/awaiting", null));
        assertThat(awaiting.findValuesAsText("caseId")).contains(String.valueOf(caseId));
        JsonNode meeting = ok(call("head1", HttpMethod.POST, "/api/deliberations", Map.of(
                "scheduledAt", LocalDateTime.now().withNano(0).toString(), "place", "会议室",
                "caseIds", List.of(caseId), "otherAttendeeIds", List.of())));
        long id = meeting.path("id").asLong();
        long item = meeting.path("items").get(0).path("id").asLong();
        assertThat(problem(call("wj_head1", HttpMethod.GET, "/api/deliberations/" + id, null),
                HttpStatus.NOT_FOUND)).isEqualTo("deliberation.notFound");

        for (JsonNode a : meeting.path("attendees")) {
            String role = a.path("role").asText();
            if (!role.equals("HEAD") && !role.equals("PRINCIPAL_HEAD")) {
                continue;
            }
            String username = f.actor("head1").userId() == a.path("userId").asLong() ? "head1"
                    : f.actor("head2").userId() == a.path("userId").asLong() ? "head2"
                    : f.actor("principal").userId() == a.path("userId").asLong() ? "principal" : null;
            ok(call("head1", HttpMethod.POST, "/api/deliberations/" + id + "/attendance", Map.of(
                    "userId", a.path("userId").asLong(), "present", username != null,
                    "reason", username != null ? "" : "休假")));
        }
        ok(call("head1", HttpMethod.POST, "/api/deliberations/" + id + "/open-voting", null));
        ok(call("head1", HttpMethod.POST, "/api/deliberation-items/" + item + "/vote",
                Map.of("choice", "AGREE", "opinion", "同意")));
        assertThat(problem(call("head1", HttpMethod.POST, "/api/deliberation-items/" + item + "/vote",
                Map.of("choice", "AGREE", "opinion", "再次")), HttpStatus.CONFLICT))
                .isEqualTo("deliberation.alreadyVoted");
        assertThat(problem(call("officer1", HttpMethod.POST, "/api/deliberation-items/" + item + "/vote",
                Map.of("choice", "AGREE", "opinion", "同意")), HttpStatus.FORBIDDEN))
                .isEqualTo("permission.denied");
        ok(call("head2", HttpMethod.POST, "/api/deliberation-items/" + item + "/vote",
                Map.of("choice", "DISAGREE", "outcome", "WARNING", "opinion", "应予警告，不应罚款")));
        ok(call("principal", HttpMethod.POST, "/api/deliberation-items/" + item + "/vote",
                Map.of("choice", "AGREE", "opinion", "同意罚款")));
        JsonNode adopted = ok(call("principal", HttpMethod.POST, "/api/deliberation-items/" + item + "/resolution",
                Map.of("outcome", "FINE", "fine", 500, "text", "罚款500元")));
        assertThat(adopted.path("status").asText()).isEqualTo("MINUTES");
        assertThat(adopted.path("minutes").asText()).contains("应予警告，不应罚款");
        for (String head : CaseFiles.HEADS) {
            ok(call(head, HttpMethod.POST, "/api/deliberations/" + id + "/confirm", null));
        }

        deliberation.put("meetingId", id);
        ok(call("head1", HttpMethod.POST, "/api/tasks/" + step + "/complete", deliberation));
        String decision = openTask(caseId);
        assertThat(problem(call("head1", HttpMethod.POST, "/api/tasks/" + decision + "/complete", Map.of(
                "type", "Decision", "outcome", "FINE", "fine", 300, "correctionOrder", "责令改正",
                "decidedDate", today)), HttpStatus.UNPROCESSABLE_ENTITY)).isEqualTo("decision.differsFromResolution");
        JsonNode decided = ok(call("head1", HttpMethod.POST, "/api/tasks/" + decision + "/complete", Map.of(
                "type", "Decision", "outcome", "FINE", "fine", 500, "correctionOrder", "责令改正",
                "decidedDate", today)));
        assertThat(decided.path("stage").asText()).isEqualTo("SERVICE");

        JsonNode history = ok(call("officer1", HttpMethod.GET, "/api/cases/" + caseId + "/deliberations", null));
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("votes").findValuesAsText("opinion")).contains("应予警告，不应罚款");
    }
}
