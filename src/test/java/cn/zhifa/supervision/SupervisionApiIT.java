package cn.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.demo.DemoData;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
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
 * The supervision REST API end to end: rubric, a handler's own findings (自查), a plan drawn, scored and signed, the
 * cockpit for a supervisor and a head (own unit only), drill-down into overdue cases, CSV; refusals as problem+json.
 */
@IntegrationTest
class SupervisionApiIT {

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired CaseFiles f;
    @Autowired MutableClock clock;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

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

    @Test
    void rubricFindingsAndAPlanThroughTheApi() throws Exception {
        JsonNode rubric = ok(call("officer1", HttpMethod.GET, "/api/supervision/rubric", null));
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode s : rubric.path("sections")) {
            sum = sum.add(s.path("points").decimalValue());
        }
        assertThat(sum).isEqualByComparingTo("100");
        assertThat(rubric.path("passFrom").decimalValue()).isEqualByComparingTo("60");

        CaseFile c = f.anArchivedCase();
        // the handler sees the findings of his own case before anyone audits it (自查): none here
        assertThat(ok(call("officer1", HttpMethod.GET, "/api/supervision/cases/" + c.id() + "/findings", null)))
                .isEmpty();
        // another unit's officer: not found
        assertThat(call("wj_officer1", HttpMethod.GET, "/api/supervision/cases/" + c.id() + "/findings", null)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        long unit = f.actor("officer1").unitId();
        String today = f.today().toString();
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("title", "API抽查");
        body.put("method", "SAMPLE");
        body.put("crossReview", true);
        body.put("unitIds", List.of(unit));
        body.put("from", today);
        body.put("to", today);
        body.put("procedures", List.of("ORDINARY"));
        body.put("sampleSize", 500);
        body.put("seed", 11);
        body.put("targets", List.of());
        body.put("deadline", f.today().plusDays(20).toString());
        JsonNode plan = ok(call("supervisor1", HttpMethod.POST, "/api/supervision/plans", body));
        long planCaseId = -1;
        for (JsonNode pc : plan.path("cases")) {
            if (pc.path("caseId").asLong() == c.id()) {
                planCaseId = pc.path("id").asLong();
            }
        }
        assertThat(planCaseId).isPositive();
        ResponseEntity<String> sameUnit = call("supervisor1", HttpMethod.POST, "/api/supervision/plan-cases/"
                + planCaseId + "/reviewers", Map.of("reviewerId", f.actor("reviewer2").userId()));
        assertThat(sameUnit.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(sameUnit.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(json.readTree(sameUnit.getBody()).path("code").asText()).isEqualTo("sv.reviewer.sameUnit");
        ok(call("supervisor1", HttpMethod.POST, "/api/supervision/plan-cases/" + planCaseId + "/reviewers",
                Map.of("reviewerId", f.actor("wj_head1").userId())));
        assertThat(ok(call("wj_head1", HttpMethod.GET, "/api/supervision/plan-cases/mine", null))
                .findValuesAsText("caseId")).contains(String.valueOf(c.id()));
        JsonNode sheet = ok(call("wj_head1", HttpMethod.GET, "/api/supervision/plan-cases/" + planCaseId + "/sheet",
                null));
        assertThat(sheet.path("total").decimalValue()).isEqualByComparingTo("100");
        JsonNode saved = ok(call("wj_head1", HttpMethod.PUT, "/api/supervision/plan-cases/" + planCaseId + "/score",
                Map.of("lines", List.of(Map.of("itemCode", "A03", "deduction", 1, "veto", false,
                        "reason", "卷内目录页码不连续")), "opinion", "总体规范")));
        assertThat(saved.path("total").decimalValue()).isEqualByComparingTo("99");
        assertThat(saved.path("grade").asText()).isEqualTo("EXCELLENT");
        JsonNode signed = ok(call("wj_head1", HttpMethod.POST, "/api/supervision/plan-cases/" + planCaseId + "/sign",
                null));
        assertThat(signed.path("status").asText()).isEqualTo("SIGNED");
        assertThat(ok(call("supervisor1", HttpMethod.GET, "/api/supervision/plans/" + plan.path("id").asLong()
                + "/redraw", null)).path("same").asBoolean()).isTrue();
    }

    @Test
    void cockpitForSupervisorsAndHeadsWithDrillDownAndCsv() throws Exception {
        clock.set(Instant.now().minus(Duration.ofDays(60)));
        long overdue = f.aLead().id();
        clock.set(Instant.now());

        JsonNode all = ok(call("supervisor1", HttpMethod.GET, "/api/supervision/cockpit", null));
        List<String> charts = new ArrayList<>();
        all.path("figures").forEach(fig -> charts.add(fig.path("chart").asText()));
        assertThat(charts).containsExactly("CASES_BY_MONTH", "OUTCOMES", "OPEN_BY_STAGE", "AT_RISK", "FINES",
                "LEGAL_REVIEW", "REMEDIES", "COMPLAINTS", "SCORES", "FINDINGS");
        JsonNode head = ok(call("head1", HttpMethod.GET, "/api/supervision/cockpit?unitId="
                + f.actor("wj_head1").unitId(), null));
        assertThat(head.path("unitId").asLong()).isEqualTo(f.actor("head1").unitId()); // own unit whatever asked

        String redKey = null;
        for (JsonNode fig : head.path("figures")) {
            if (fig.path("chart").asText().equals("AT_RISK")) {
                for (JsonNode row : fig.path("rows")) {
                    if (row.path("series").asText().equals("RED") && row.path("value").asInt() > 0) {
                        redKey = row.path("key").asText();
                    }
                }
            }
        }
        assertThat(redKey).isNotNull();
        JsonNode drill = ok(call("head1", HttpMethod.GET, "/api/supervision/cockpit/AT_RISK/drill?key=RED", null));
        assertThat(drill.findValuesAsText("caseId")).contains(String.valueOf(overdue));

        ResponseEntity<String> csv = call("head1", HttpMethod.GET, "/api/supervision/cockpit/AT_RISK/drill.csv?key=RED",
                null);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).contains("caseId,caseNo").contains("\n" + overdue + ",");
        ResponseEntity<String> stagesCsv = call("supervisor1", HttpMethod.GET,
                "/api/supervision/cockpit/OPEN_BY_STAGE.csv", null);
        assertThat(stagesCsv.getBody()).contains("VERIFICATION");

        // legal-review outcomes: the read model follows the review step
        CaseFile reviewed = f.aCaseAtLegalReview();
        f.legalReview(reviewed.id(), "reviewer1", cn.zhifa.casefile.ReviewOutcome.CORRECT,
                cn.zhifa.casefile.ReviewPoint.PROCEDURE);
        JsonNode correct = ok(call("supervisor1", HttpMethod.GET,
                "/api/supervision/cockpit/LEGAL_REVIEW/drill?key=CORRECT", null));
        assertThat(correct.findValuesAsText("caseId")).contains(String.valueOf(reviewed.id()));

        ResponseEntity<String> officer = call("officer1", HttpMethod.GET, "/api/supervision/cockpit", null);
        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(officer.getBody()).path("code").asText()).isEqualTo("sv.cockpit.forbidden");
    }
}
