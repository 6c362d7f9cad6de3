package cn.zhifa.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.demo.DemoData;
import cn.zhifa.evidence.AvAct;
import cn.zhifa.evidence.EvidenceFixtures;
import cn.zhifa.evidence.EvidenceKind;
import cn.zhifa.evidence.EvidenceService;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
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
 * The REST endpoints of preservation and seizure with the head acting (issue #12 item 7, decision 0024): the handler
 * requests, the head approves, the handler decides; the head decides a seizure behind the audio-video gate, extends
 * it once and releases it; refusals answer with their code and status.
 */
@IntegrationTest
class PreservationSeizureApiIT {

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired CaseFiles f;
    @Autowired EvidenceService evidence;

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
    void preservationRequestedApprovedAndDecidedThroughTheApi() throws Exception {
        long id = f.aFiledCase().id();
        long other = f.aFiledCase().id();
        String base = "/api/cases/" + id + "/preservations";
        JsonNode p = ok(call("officer1", HttpMethod.POST, base, Map.of("items", "占道经营桌椅4张",
                "storagePlace", "执法队暂扣物品仓库", "reason", "证据可能灭失", "urgent", false)));
        long pid = p.path("id").asLong();
        assertThat(p.path("approval").asText()).isEqualTo("PENDING");
        assertThat(p.path("dueDate").isNull()).isTrue();

        refused(call("officer1", HttpMethod.POST, base + "/" + pid + "/approval", Map.of("approve", true)),
                HttpStatus.FORBIDDEN, "permission.denied");
        refused(call("officer1", HttpMethod.POST, base + "/" + pid + "/decision", Map.of("outcome", "RECORDED")),
                HttpStatus.UNPROCESSABLE_ENTITY, "preservation.notApproved");
        refused(call("head1", HttpMethod.POST, "/api/cases/" + other + "/preservations/" + pid + "/approval",
                Map.of("approve", true)), HttpStatus.NOT_FOUND, "preservation.notFound");

        JsonNode approved = ok(call("head1", HttpMethod.POST, base + "/" + pid + "/approval",
                Map.of("approve", true, "opinion", "同意")));
        assertThat(approved.path("approval").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("dueDate").asText()).isNotBlank();
        ok(call("officer1", HttpMethod.POST, base + "/" + pid + "/decision", Map.of("outcome", "RECORDED")));
        JsonNode list = ok(call("officer2", HttpMethod.GET, base, null));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("outcome").asText()).isEqualTo("RECORDED");
        JsonNode deadlines = ok(call("officer1", HttpMethod.GET, "/api/cases/" + id + "/deadlines", null));
        assertThat(deadlines.findValuesAsText("kind")).contains("PRESERVATION");
    }

    @Test
    void seizureDecidedExtendedOnceAndReleasedThroughTheApi() throws Exception {
        long id = f.aFiledCase().id();
        String base = "/api/cases/" + id + "/seizures";
        Map<String, Object> decision = Map.of("kind", "SEIZE", "items", "烧烤炉2台", "place", "暂扣物品仓库",
                "reason", "拒不停止违法行为", "termDays", 30);
        refused(call("officer1", HttpMethod.POST, base, decision), HttpStatus.FORBIDDEN, "permission.denied");
        refused(call("head1", HttpMethod.POST, base, decision), HttpStatus.UNPROCESSABLE_ENTITY,
                "evidence.av.missing");
        evidence.ingest(f.actor("officer1"), id, EvidenceFixtures.meta(LocalDateTime.now().minusMinutes(3),
                EvidenceKind.VIDEO, "seizure.mp4", List.of(f.actor("officer1").userId(), f.actor("officer2").userId()),
                AvAct.SEIZURE), new ByteArrayInputStream(EvidenceFixtures.bytes(EvidenceFixtures.MP4_HEAD, 4096,
                        System.nanoTime())));
        JsonNode s = ok(call("head1", HttpMethod.POST, base, decision));
        long sid = s.path("id").asLong();
        assertThat(s.path("termDays").asInt()).isEqualTo(30);

        JsonNode extended = ok(call("head2", HttpMethod.POST, base + "/" + sid + "/extension",
                Map.of("days", 30, "reason", "情况复杂")));
        assertThat(extended.path("extensionDays").asInt()).isEqualTo(30);
        refused(call("head1", HttpMethod.POST, base + "/" + sid + "/extension", Map.of("days", 5, "reason", "再延")),
                HttpStatus.UNPROCESSABLE_ENTITY, "seizure.extensionUsed");
        JsonNode released = ok(call("head1", HttpMethod.POST, base + "/" + sid + "/outcome",
                Map.of("outcome", "RELEASED", "reason", "已查清，解除扣押")));
        assertThat(released.path("outcome").asText()).isEqualTo("RELEASED");
        assertThat(ok(call("officer1", HttpMethod.GET, base, null))).hasSize(1);
    }
}
