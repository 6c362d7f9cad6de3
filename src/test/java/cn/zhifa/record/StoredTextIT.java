package cn.zhifa.record;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.demo.DemoData;
import cn.zhifa.shared.StoredText;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.TaskCentre;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Record texts, notifications and document names are stored as message keys with arguments and read in the reader's
 * language (decision 0033): the same entry and notification in Chinese for a zh-CN reader and in English for an en
 * reader, data as typed in both; a text stored as plain Chinese (before the format) reads as stored; the chain
 * verifies over both.
 */
@IntegrationTest
class StoredTextIT {

    @Autowired CaseFiles f;
    @Autowired RecordService records;
    @Autowired CaseRecord record;
    @Autowired InboxService inbox;
    @Autowired TaskCentre centre;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;

    private JsonNode get(String user, String path, String language) throws Exception {
        HttpHeaders h = new HttpHeaders();
        h.setBasicAuth(user, DemoData.PASSWORD);
        h.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return json.readTree(rest.exchange(path, HttpMethod.GET, new HttpEntity<>(h), String.class).getBody());
    }

    private static JsonNode entry(JsonNode view, String action, String commentPart) {
        return StreamSupport.stream(view.path("history").spliterator(), false)
                .filter(h -> h.path("action").asText().equals(action)
                        && (commentPart == null || h.path("comment").asText().contains(commentPart)))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no entry " + action));
    }

    @Test
    void aDocumentEntryAndAnUrgeReadInEachReadersLanguage() throws Exception {
        CaseFile c = f.aFiledCase();
        String taskId = f.openTask(c.id()).taskId();
        inbox.claim(f.actor("officer1"), taskId);
        centre.urge(f.actor("leader1"), taskId, "请于本周内完成调查");

        // stored: the key with its arguments; the stored form is what the chain hashed
        String stored = jdbc.queryForObject("SELECT summary FROM case_record WHERE case_id = ? AND action = "
                + "'DOCUMENT_CREATED' ORDER BY seq LIMIT 1", String.class, c.id());
        assertThat(StoredText.parse(stored)).isEqualTo(StoredText.label("doc.kind.LEAD_REGISTRATION"));

        JsonNode zh = get("head1", "/api/cases/" + c.id(), "zh-CN");
        JsonNode en = get("head1", "/api/cases/" + c.id(), "en");
        assertThat(entry(zh, "DOCUMENT_CREATED", "LEAD_REGISTRATION").path("text").asText()).isEqualTo("案件来源登记表");
        assertThat(entry(en, "DOCUMENT_CREATED", "LEAD_REGISTRATION").path("text").asText())
                .isEqualTo("Case source registration form");
        assertThat(entry(en, "DOCUMENT_CREATED", "LEAD_REGISTRATION").path("comment").asText()).isEqualTo(stored);
        // a typed reason is data: as typed in both languages
        assertThat(entry(zh, "TASK_URGED", null).path("text").asText()).isEqualTo("请于本周内完成调查");
        assertThat(entry(en, "TASK_URGED", null).path("text").asText()).isEqualTo("请于本周内完成调查");

        JsonNode zhNote = first(get("officer1", "/api/notifications?unreadOnly=true", "zh-CN"), c.id());
        JsonNode enNote = first(get("officer1", "/api/notifications?unreadOnly=true", "en"), c.id());
        assertThat(zhNote.path("text").asText()).isEqualTo("催办（第1次）：请于本周内完成调查");
        assertThat(enNote.path("text").asText()).isEqualTo("Urged (time 1): 请于本周内完成调查");
        assertThat(enNote.path("message").asText()).isEqualTo(StoredText.of("text.task.urgedNote", "1",
                "请于本周内完成调查").stored());

        assertThat(records.check(c.id()).ok()).isTrue();
    }

    @Test
    void aTextStoredBeforeTheFormatReadsAsStoredAndVerifies() throws Exception {
        CaseFile c = f.aFiledCase();
        record.append(c.id(), "EVIDENCE_VIEWED", f.actor("officer1").userId(), "现场照片.jpg（旧格式）", Map.of());

        JsonNode en = get("head1", "/api/cases/" + c.id(), "en");
        assertThat(entry(en, "EVIDENCE_VIEWED", "旧格式").path("text").asText()).isEqualTo("现场照片.jpg（旧格式）");
        assertThat(records.check(c.id()).ok()).isTrue();
    }

    private static JsonNode first(JsonNode notifications, long caseId) {
        return StreamSupport.stream(notifications.spliterator(), false)
                .filter(n -> n.path("caseId").asLong() == caseId && n.path("kind").asText().equals("TASK_URGED"))
                .findFirst().orElseThrow(() -> new AssertionError("no urge notification"));
    }
}
