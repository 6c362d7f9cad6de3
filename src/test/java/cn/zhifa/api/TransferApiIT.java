package cn.zhifa.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.demo.DemoData;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
 * The REST endpoints of 移送 (issue #12 item 6, decision 0028): the handlers report, the principal head decides, the
 * handlers hand over and record the police's return; a head transfers another case to the competent agency;
 * refusals answer with their code and status.
 */
@IntegrationTest
class TransferApiIT {

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired CaseFiles f;
    @Autowired java.time.Clock clock;

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

    private void refused(ResponseEntity<String> r, HttpStatus status, String code) throws Exception {
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(status);
        assertThat(json.readTree(r.getBody()).path("code").asText()).isEqualTo(code);
    }

    @Test
    void reportedDecidedHandedOverAndReturnedThroughTheApi() throws Exception {
        long id = f.aFiledCase().id();
        long other = f.aFiledCase().id();
        String base = "/api/cases/" + id + "/transfers";
        List<Long> two = List.of(f.actor("officer1").userId(), f.actor("officer2").userId());
        refused(call("officer1", HttpMethod.POST, base, Map.of("officers", List.of(two.get(0)), "facts", "事实",
                "suspectedCrime", "非法经营罪", "items", "账册")), HttpStatus.UNPROCESSABLE_ENTITY,
                "transfer.twoOfficers");
        JsonNode t = ok(call("officer1", HttpMethod.POST, base, Map.of("officers", two, "facts", "经营数额巨大",
                "suspectedCrime", "非法经营罪", "items", "账册2本")));
        long tid = t.path("id").asLong();
        assertThat(t.path("decisionDue").asText()).isNotBlank();

        refused(call("head1", HttpMethod.POST, base + "/" + tid + "/decision",
                Map.of("approve", true, "opinion", "同意")), HttpStatus.FORBIDDEN, "permission.denied");
        refused(call("principal", HttpMethod.POST, "/api/cases/" + other + "/transfers/" + tid + "/decision",
                Map.of("approve", true, "opinion", "同意")), HttpStatus.NOT_FOUND, "transfer.notFound");
        JsonNode approved = ok(call("principal", HttpMethod.POST, base + "/" + tid + "/decision",
                Map.of("approve", true, "opinion", "同意移送")));
        assertThat(approved.path("decision").asText()).isEqualTo("APPROVED");
        JsonNode deadlines = ok(call("officer1", HttpMethod.GET, "/api/cases/" + id + "/deadlines", null));
        assertThat(deadlines.findValuesAsText("kind")).contains("TRANSFER_DECISION", "TRANSFER_HANDOVER");

        ok(call("officer1", HttpMethod.POST, base + "/" + tid + "/handover", Map.of("receivingOrgan", "某区公安分局",
                "handedOverAt", LocalDateTime.now(clock).withNano(0).toString(), "letterNo", "移〔2026〕9号",
                "items", "账册2本")));
        refused(call("officer1", HttpMethod.POST, "/api/cases/" + id + "/transfers/jurisdiction",
                Map.of("receivingAgency", "市场监管局", "reason", "管辖")), HttpStatus.FORBIDDEN, "permission.denied");
        JsonNode returned = ok(call("officer2", HttpMethod.POST, base + "/" + tid + "/receipt", Map.of("receipt",
                "RETURNED", "date", LocalDate.now(clock).toString(), "note", "不构成犯罪，退回")));
        assertThat(returned.path("receipt").asText()).isEqualTo("RETURNED");
        assertThat(ok(call("officer1", HttpMethod.GET, base, null))).hasSize(1);

        JsonNode j = ok(call("head1", HttpMethod.POST, "/api/cases/" + other + "/transfers/jurisdiction",
                Map.of("receivingAgency", "某区市场监管局", "reason", "属市场监管部门管辖")));
        assertThat(j.path("kind").asText()).isEqualTo("JURISDICTION");
        JsonNode c = ok(call("head1", HttpMethod.GET, "/api/cases/" + other, null));
        assertThat(c.toString()).contains("TRANSFERRED");
    }
}
