package cn.zhifa.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhifa.demo.DemoData;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tampering behind the application's back — an edited, deleted, swapped or rewritten entry, a changed or missing
 * stored file — is found by verify, naming the entry or file. On MariaDB the triggers refuse UPDATE and DELETE, so
 * the tamperer (like a DBA would) drops them first; they are recreated afterwards.
 */
@IntegrationTest
class RecordTamperIT {

    @Autowired CaseFiles f;
    @Autowired RecordService records;
    @Autowired TestArtifacts artifacts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;

    private static final String[] TRIGGERS = {
        "CREATE TRIGGER case_record_no_update BEFORE UPDATE ON case_record FOR EACH ROW "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'case_record is append-only'",
        "CREATE TRIGGER case_record_no_delete BEFORE DELETE ON case_record FOR EACH ROW "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'case_record is append-only'"};

    /** Runs the statements as an intruder with database rights: triggers dropped (MariaDB), then restored. */
    private void tamper(String... statements) {
        boolean mariadb = TestDatabase.mariadb();
        if (mariadb) {
            jdbc.execute("DROP TRIGGER case_record_no_update");
            jdbc.execute("DROP TRIGGER case_record_no_delete");
        }
        try {
            for (String s : statements) {
                assertThat(jdbc.update(s)).as(s).isEqualTo(1);
            }
        } finally {
            if (mariadb) {
                for (String t : TRIGGERS) {
                    jdbc.execute(t);
                }
            }
        }
    }

    private long entries(long caseId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE case_id = ?", Long.class, caseId);
    }

    private long aCase() {
        long id = f.aFiledCase().id();
        assertThat(records.check(id).ok()).isTrue();
        assertThat(entries(id)).isGreaterThanOrEqualTo(5);
        return id;
    }

    @Test
    void anEditedEntryIsNamed() throws Exception {
        long id = aCase();
        tamper("UPDATE case_record SET summary = '篡改后的意见' WHERE case_id = " + id + " AND seq = 3");
        Verification v = records.check(id);
        assertThat(v.ok()).isFalse();
        assertThat(v.firstBrokenEntry().seq()).isEqualTo(3);
        assertThat(v.firstBrokenEntry().problem()).isEqualTo(Verification.Problem.CONTENT_CHANGED);
        assertThat(v.entriesChecked()).isEqualTo(3);

        // the endpoint says the same, in Chinese for the screen and as JSON for machines
        HttpHeaders h = new HttpHeaders();
        h.setBasicAuth("head1", DemoData.PASSWORD);
        JsonNode body = json.readTree(rest.exchange("/api/cases/" + id + "/record/verify", HttpMethod.GET,
                new HttpEntity<>(h), String.class).getBody());
        assertThat(body.path("ok").asBoolean()).isFalse();
        assertThat(body.path("firstBrokenEntry").path("seq").asLong()).isEqualTo(3);
        assertThat(body.path("firstBrokenEntry").path("problem").asText()).isEqualTo("CONTENT_CHANGED");
    }

    /** A stored text's key or argument is part of what the chain hashed (decision 0033). */
    @Test
    void anEditedMessageKeyOrArgumentIsNamed() {
        long id = aCase();
        long seq = jdbc.queryForObject("SELECT MIN(seq) FROM case_record WHERE case_id = ? AND action = "
                + "'DOCUMENT_CREATED'", Long.class, id);
        tamper("UPDATE case_record SET summary = REPLACE(summary, 'doc.kind.LEAD_REGISTRATION', 'doc.kind.DECISION')"
                + " WHERE case_id = " + id + " AND seq = " + seq);
        assertThat(records.check(id).firstBrokenEntry())
                .extracting(Verification.BrokenEntry::seq, Verification.BrokenEntry::problem)
                .containsExactly(seq, Verification.Problem.CONTENT_CHANGED);
    }

    @Test
    void anEditedActorIsFound() {
        long id = aCase();
        tamper("UPDATE case_record SET actor_id = " + f.actor("officer4").userId() + " WHERE case_id = " + id
                + " AND seq = 2");
        assertThat(records.check(id).firstBrokenEntry())
                .extracting(Verification.BrokenEntry::seq, Verification.BrokenEntry::problem)
                .containsExactly(2L, Verification.Problem.CONTENT_CHANGED);
    }

    @Test
    void aDeletedEntryIsNamed() {
        long id = aCase();
        tamper("DELETE FROM case_record WHERE case_id = " + id + " AND seq = 2");
        Verification v = records.check(id);
        assertThat(v.firstBrokenEntry().seq()).isEqualTo(2);
        assertThat(v.firstBrokenEntry().problem()).isEqualTo(Verification.Problem.MISSING);
    }

    @Test
    void aDeletedLastEntryIsNamed() {
        long id = aCase();
        long last = entries(id);
        tamper("DELETE FROM case_record WHERE case_id = " + id + " AND seq = " + last);
        Verification v = records.check(id);
        assertThat(v.firstBrokenEntry().seq()).isEqualTo(last);
        assertThat(v.firstBrokenEntry().problem()).isEqualTo(Verification.Problem.MISSING);
    }

    @Test
    void swappedEntriesAreNamed() {
        long id = aCase();
        tamper("UPDATE case_record SET seq = -2 WHERE case_id = " + id + " AND seq = 2",
                "UPDATE case_record SET seq = 2 WHERE case_id = " + id + " AND seq = 3",
                "UPDATE case_record SET seq = 3 WHERE case_id = " + id + " AND seq = -2");
        Verification v = records.check(id);
        assertThat(v.firstBrokenEntry().seq()).isEqualTo(2);
        assertThat(v.firstBrokenEntry().problem()).isEqualTo(Verification.Problem.REORDERED);
        assertThat(v.firstBrokenEntry().detail()).contains("entry 3");
    }

    @Test
    void aRewrittenEntryWithARecomputedHashBreaksTheNextLink() {
        long id = aCase();
        var row = jdbc.queryForMap("SELECT * FROM case_record WHERE case_id = ? AND seq = 2", id);
        String forged = "伪造的记录";
        String canonical = RecordCanonical.entry(id, 2, (String) row.get("action"), (String) row.get("stage"),
                row.get("actor_id") == null ? null : ((Number) row.get("actor_id")).longValue(),
                jdbc.queryForObject("SELECT occurred_at FROM case_record WHERE case_id = ? AND seq = 2",
                        java.time.LocalDateTime.class, id),
                (String) row.get("origin_ip"), (String) row.get("origin_client"), forged, (String) row.get("details"));
        String hash = RecordCanonical.hash((String) row.get("prev_hash"), canonical);
        tamper("UPDATE case_record SET summary = '" + forged + "', entry_hash = '" + hash + "' WHERE case_id = " + id
                + " AND seq = 2");
        Verification v = records.check(id);
        assertThat(v.firstBrokenEntry().seq()).isEqualTo(3);
        assertThat(v.firstBrokenEntry().problem()).isEqualTo(Verification.Problem.PREV_HASH_MISMATCH);
    }

    @Test
    void aFlippedByteInAStoredFileIsNamed() throws Exception {
        long id = aCase();
        Path file = artifacts.store(id, "现场照片.jpg", "JPEG现场照片字节".getBytes(StandardCharsets.UTF_8));
        artifacts.store(id, "询问笔录.pdf", "PDF询问笔录".getBytes(StandardCharsets.UTF_8));
        assertThat(records.check(id).ok()).isTrue();
        // the two files stored here, and the case's generated documents (the .docx of each version, and its PDF once
        // laid out on a download)
        Integer documentFiles = jdbc.queryForObject("SELECT COUNT(*) + COUNT(pdf_path) FROM doc_version WHERE "
                + "case_id = ?", Integer.class, id);
        assertThat(records.check(id).artifactsChecked()).isEqualTo(2 + documentFiles);
        byte[] bytes = Files.readAllBytes(file);
        bytes[5] ^= 0x01;
        Files.write(file, bytes);
        Verification v = records.check(id);
        assertThat(v.ok()).isFalse();
        assertThat(v.firstBrokenEntry()).isNull();
        assertThat(v.firstBadArtifact().path()).isEqualTo("evidence/现场照片.jpg");
        assertThat(v.firstBadArtifact().actual()).isNotEqualTo(v.firstBadArtifact().expected())
                .isEqualTo(RecordCanonical.sha256(bytes));
        Files.delete(file);
        assertThat(records.check(id).firstBadArtifact().actual()).isEqualTo("missing");
    }

    /** A generated document's .docx is kept in its version row (decision 0043): a changed or emptied one is named. */
    @Test
    void aChangedDocumentInItsRowIsNamed() throws Exception {
        long id = aCase();
        Map<String, Object> v = jdbc.queryForMap("SELECT id, document_id, doc_type, version, docx_sha256, docx_path, "
                + "docx_content FROM doc_version WHERE case_id = ? ORDER BY id LIMIT 1", id);
        assertThat(v.get("docx_path")).as("no file of its own").isNull();
        byte[] bytes = (byte[]) v.get("docx_content");
        assertThat(RecordCanonical.sha256(bytes)).isEqualTo(v.get("docx_sha256"));
        String name = "documents/" + v.get("document_id") + "-" + v.get("doc_type") + "-v" + v.get("version") + ".docx";
        bytes[bytes.length / 2] ^= 0x01;
        jdbc.update("UPDATE doc_version SET docx_content = ? WHERE id = ?", bytes, v.get("id"));
        Verification changed = records.check(id);
        assertThat(changed.ok()).isFalse();
        assertThat(changed.firstBrokenEntry()).isNull();
        assertThat(changed.firstBadArtifact().path()).isEqualTo(name);
        assertThat(changed.firstBadArtifact().actual()).isEqualTo(RecordCanonical.sha256(bytes))
                .isNotEqualTo(changed.firstBadArtifact().expected());
        jdbc.update("UPDATE doc_version SET docx_content = NULL WHERE id = ?", v.get("id"));
        assertThat(records.check(id).firstBadArtifact().path()).isEqualTo(name);
    }

    @Test
    void aChangedDossierManifestInItsRowIsNamed() throws Exception {
        long id = f.anArchivedCase().id();
        assertThat(records.check(id).ok()).isTrue();
        Map<String, Object> d = jdbc.queryForMap("SELECT id, manifest_path, manifest_content FROM doc_dossier "
                + "WHERE case_id = ? AND final_copy = TRUE", id);
        assertThat(d.get("manifest_path")).as("no file of its own").isNull();
        byte[] bytes = (byte[]) d.get("manifest_content");
        String name = "documents/dossier-" + d.get("id") + "-manifest.json";
        bytes[bytes.length / 2] ^= 0x01;
        jdbc.update("UPDATE doc_dossier SET manifest_content = ? WHERE id = ?", bytes, d.get("id"));
        Verification changed = records.check(id);
        assertThat(changed.ok()).isFalse();
        assertThat(changed.firstBrokenEntry()).isNull();
        assertThat(changed.firstBadArtifact().path()).isEqualTo(name);
        assertThat(changed.firstBadArtifact().actual()).isEqualTo(RecordCanonical.sha256(bytes));
    }

    @Test
    void recordRowsAreNeverUpdatedOrDeleted() throws Exception {
        // the application: no statement anywhere in the mappers or the code changes or removes a record row
        try (var files = Files.walk(Path.of("src/main"))) {
            List<Path> offenders = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".java"))
                    .filter(p -> {
                        try {
                            String text = Files.readString(p).replaceAll("\\s+", " ").toUpperCase();
                            return text.contains("UPDATE CASE_RECORD ") || text.contains("DELETE FROM CASE_RECORD ");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
            assertThat(offenders).as("statements changing case_record").isEmpty();
        }
        long id = aCase();
        if (TestDatabase.mariadb()) {
            // MySQL/MariaDB: the schema refuses it too (decision 0007)
            assertThatThrownBy(() -> jdbc.update("UPDATE case_record SET summary = 'x' WHERE case_id = ?", id))
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.update("DELETE FROM case_record WHERE case_id = ?", id))
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        }
        assertThat(records.check(id).ok()).isTrue();
    }
}
