package cn.zhifa.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.record.RecordService;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operators' surface on a running app: health groups (liveness; readiness with the database and the job
 * executor), Prometheus with the business metrics, the integrity check — all on the management port only; the
 * same paths on the public port are not served; the Camunda webapps send the anonymous to the application's login.
 */
@IntegrationTest
@AutoConfigureObservability(tracing = false) // tests switch metric export off by default; Prometheus is under test
class OperationsCheck {

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Autowired CaseFiles caseFiles;
    @Autowired RecordService records;
    @Autowired ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(int p, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthGroupsAnswerOnTheManagementPortWithTheDatabaseAndTheJobExecutor() throws Exception {
        assertThat(managementPort).isNotEqualTo(port).isPositive();
        HttpResponse<String> live = get(managementPort, "/actuator/health/liveness");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(json.readTree(live.body()).path("status").asText()).isEqualTo("UP");

        HttpResponse<String> ready = get(managementPort, "/actuator/health/readiness");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        JsonNode r = json.readTree(ready.body());
        assertThat(r.path("status").asText()).isEqualTo("UP");
        assertThat(r.path("components").path("db").path("status").asText()).isEqualTo("UP");
        JsonNode jobs = r.path("components").path("jobExecutor");
        assertThat(jobs.path("status").asText()).isEqualTo("UP");
        // the integration tests run with the job executor off (timers driven by the tests): reported, not DOWN
        assertThat(jobs.path("details").path("enabled").asBoolean()).isFalse();

        assertThat(get(managementPort, "/actuator/info").statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusCarriesTheBusinessMetrics() throws Exception {
        CaseFile filed = caseFiles.aFiledCase(); // two steps completed through CaseWorkflowService.complete
        records.check(filed.id());

        HttpResponse<String> p = get(managementPort, "/actuator/prometheus");
        assertThat(p.statusCode()).isEqualTo(200);
        String body = p.body();
        assertThat(body).contains("zhifa_tasks_open{application=\"zhifa\"");
        assertThat(body).contains("zhifa_deadlines_overdue{");
        assertThat(body).contains("zhifa_evidence_stored_bytes{");
        assertThat(body).containsPattern(
                "zhifa_step_completion_seconds_count\\{[^}]*outcome=\"ok\"[^}]*step=\"VerifyLead\"[^}]*\\} [1-9]");
        assertThat(body).containsPattern(
                "zhifa_step_completion_seconds_count\\{[^}]*outcome=\"ok\"[^}]*step=\"ApproveFiling\"[^}]*\\} [1-9]");
        assertThat(body).containsPattern("zhifa_record_verifications_total\\{[^}]*result=\"ok\"[^}]*\\} [1-9]");
        assertThat(body).contains("zhifa_step_completion_seconds_bucket{");
        double open = Double.parseDouble(body.lines().filter(l -> l.startsWith("zhifa_tasks_open{")).findFirst()
                .orElseThrow().replaceAll(".* ", ""));
        assertThat(open).isGreaterThanOrEqualTo(1);
    }

    @Test
    void integrityCheckVerifiesEveryCaseOnTheManagementPort() throws Exception {
        long caseId = caseFiles.aFiledCase().id();
        HttpResponse<String> r = get(managementPort, "/actuator/integrity");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = json.readTree(r.body());
        assertThat(report.path("cases").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(report.path("entries").asLong()).isGreaterThan(report.path("cases").asLong());
        // the test database is shared with the tamper tests, whose cases are broken on purpose: the report must be
        // consistent, and the case made here (intact) must not be among the failures
        assertThat(report.path("ok").asBoolean()).isEqualTo(report.path("failedCases").asLong() == 0);
        java.util.List<String> failures = new java.util.ArrayList<>();
        report.path("failures").forEach(f -> failures.add(f.asText()));
        assertThat(failures).noneMatch(f -> f.startsWith("case " + caseId + ":"));
    }

    @Test
    void thePublicPortServesNoManagementEndpoint() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/prometheus", "/actuator/integrity",
            "/actuator/health/readiness"}) {
            HttpResponse<String> r = get(port, path);
            assertThat(r.statusCode()).as(path).isNotEqualTo(200);
            assertThat(r.body()).as(path).doesNotContain("\"status\":\"UP\"").doesNotContain("zhifa_tasks_open");
        }
    }

    @Autowired org.camunda.bpm.engine.ProcessEngine engine;

    @Test
    void cockpitSignsInOnlyTheApplicationsAdministrators() {
        var provider = new cn.zhifa.operations.process.CockpitAuthenticationProvider();
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        try {
            context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                    .authenticated("wj_officer1", null, java.util.List.of(
                            new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_OFFICER"))));
            assertThat(provider.extractAuthenticatedUser(null, engine).isAuthenticated()).isFalse();
            assertThat(engine.getIdentityService().createUserQuery().userId("wj_officer1").count()).isZero();

            context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                    .authenticated("admin", null, java.util.List.of(
                            new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMIN"))));
            var result = provider.extractAuthenticatedUser(null, engine);
            assertThat(result.isAuthenticated()).isTrue();
            assertThat(result.getAuthenticatedUser()).isEqualTo("admin");
            assertThat(result.getGroups()).containsExactly("camunda-admin");
            // mirrored into the engine's identity service (the webapps require a known user), once
            provider.extractAuthenticatedUser(null, engine);
            assertThat(engine.getIdentityService().createUserQuery().userId("admin").count()).isEqualTo(1);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void cockpitSendsTheAnonymousToTheApplicationsLogin() throws Exception {
        HttpResponse<String> r = get(port, "/camunda/app/cockpit/default/");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> api = get(port, "/camunda/api/engine/engine/");
        assertThat(api.statusCode()).isEqualTo(401);
    }
}
