package cn.zhifa.record;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.demo.DemoData;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tampering as database root would do it, carefully (issue 17, decision 0014): the chain recomputed from an edited
 * entry and the head fixed; the tail cut and the head fixed; the tail cut and an older genuine head and seal put back;
 * the head's seal replaced or removed. Plain SQL on H2 and on MariaDB (where the append-only triggers are dropped
 * first, as root can, and put back). Verify names each; before sealing the first two verified as intact.
 */
@IntegrationTest
class RecordSealIT {

    @Autowired CaseFiles f;
    @Autowired CaseFileService cases;
    @Autowired RecordService records;
    @Autowired RecordCheckpoints checkpoints;
    @Autowired RecordSeal seal;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;

    private static final String[] TRIGGERS = {
        "CREATE TRIGGER case_record_no_update BEFORE UPDATE ON case_record FOR EACH ROW "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'case_record is append-only'",
        "CREATE TRIGGER case_record_no_delete BEFORE DELETE ON case_record FOR EACH ROW "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'case_record is append-only'"};

    /** Runs the statements as database root: the append-only triggers dropped (MariaDB), then restored. */
    private void asRoot(Runnable statements) {
        boolean mariadb = TestDatabase.mariadb();
        if (mariadb) {
            jdbc.execute("DROP TRIGGER case_record_no_update");
            jdbc.execute("DROP TRIGGER case_record_no_delete");
        }
        try {
            statements.run();
        } finally {
            if (mariadb) {
                for (String t : TRIGGERS) {
                    jdbc.execute(t);
                }
            }
        }
    }

    private long aCase() {
        long id = f.aFiledCase().id();
        assertThat(records.check(id).ok()).as("fresh case verifies").isTrue();
        return id;
    }

    private long entries(long caseId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE case_id = ?", Long.class, caseId);
    }

    private String hashOf(long caseId, long seq) {
        return jdbc.queryForObject("SELECT entry_hash FROM case_record WHERE case_id = ? AND seq = ?", String.class,
                caseId, seq);
    }

    private Verification.BrokenEntry broken(long caseId) {
        Verification v = records.check(caseId);
        assertThat(v.ok()).isFalse();
        return v.firstBrokenEntry();
    }

    /** Rewrites entry {@code from}'s summary and recomputes the hashes of it and every later entry, and the head. */
    private void recompute(long caseId, long from, String summary) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT seq, action, stage, actor_id, origin_ip, origin_client, summary, details, prev_hash "
                        + "FROM case_record WHERE case_id = ? ORDER BY seq", caseId);
        asRoot(() -> {
            String prev = null;
            for (Map<String, Object> r : rows) {
                long seq = ((Number) r.get("seq")).longValue();
                if (seq < from) {
                    continue;
                }
                if (prev == null) {
                    prev = (String) r.get("prev_hash");
                }
                String text = seq == from ? summary : (String) r.get("summary");
                LocalDateTime at = jdbc.queryForObject("SELECT occurred_at FROM case_record WHERE case_id = ? AND "
                        + "seq = ?", LocalDateTime.class, caseId, seq);
                Object actor = r.get("actor_id");
                String canonical = RecordCanonical.entry(caseId, seq, (String) r.get("action"), (String) r.get("stage"),
                        actor == null ? null : ((Number) actor).longValue(), at, (String) r.get("origin_ip"),
                        (String) r.get("origin_client"), text, (String) r.get("details"));
                String hash = RecordCanonical.hash(prev, canonical);
                assertThat(jdbc.update("UPDATE case_record SET summary = ?, prev_hash = ?, entry_hash = ? "
                        + "WHERE case_id = ? AND seq = ?", text, prev, hash, caseId, seq)).isEqualTo(1);
                prev = hash;
            }
            assertThat(jdbc.update("UPDATE case_record_head SET last_hash = ? WHERE case_id = ?", prev, caseId))
                    .isEqualTo(1);
        });
    }

    @Test
    void aRecomputedChainWithItsHeadFixedIsFound() {
        long id = aCase();
        long n = entries(id);
        recompute(id, 2, "篡改后重算哈希的记录");
        // the chain alone is consistent again (what the unkeyed chain could not see) …
        assertThat(RecordService.checkChain(records.entries(id), records.head(id))).isNull();
        // … but the head's seal no longer matches
        Verification.BrokenEntry b = broken(id);
        assertThat(b.problem()).isEqualTo(Verification.Problem.SEAL_INVALID);
        assertThat(b.seq()).isEqualTo(n);

        // the same through the endpoint
        HttpHeaders h = new HttpHeaders();
        h.setBasicAuth("head1", DemoData.PASSWORD);
        JsonNode body = readTree(rest.exchange("/api/cases/" + id + "/record/verify", HttpMethod.GET,
                new HttpEntity<>(h), String.class).getBody());
        assertThat(body.path("ok").asBoolean()).isFalse();
        assertThat(body.path("firstBrokenEntry").path("problem").asText()).isEqualTo("SEAL_INVALID");
    }

    @Test
    void aRecomputedChainIsFoundAgainstTheCheckpointEvenWithoutTheSealCheck() {
        long id = aCase();
        checkpoints.checkpoint();
        recompute(id, 3, "改写");
        var c = checkpoints.latest(id).orElseThrow();
        var b = records.checkSeal(id, records.entries(id), headWithGenuineSealFor(id));
        assertThat(b.problem()).isEqualTo(Verification.Problem.CHECKPOINT_MISMATCH);
        assertThat(b.seq()).isEqualTo(c.seq());
        assertThat(b.detail()).contains("recomputed");
    }

    /** The head as it is, but with a seal made by the real key (as if the key had leaked): only the checkpoint is left. */
    private cn.zhifa.record.internal.HeadRow headWithGenuineSealFor(long id) {
        var h = records.head(id);
        RecordSeal.Seal s = seal.seal(id, h.lastSeq, h.lastHash);
        h.sealKey = s.keyId();
        h.seal = s.signature();
        return h;
    }

    @Test
    void aTruncatedTailWithItsHeadFixedIsFound() {
        long id = aCase();
        long n = entries(id);
        String previous = hashOf(id, n - 1);
        asRoot(() -> {
            assertThat(jdbc.update("DELETE FROM case_record WHERE case_id = ? AND seq = ?", id, n)).isEqualTo(1);
            assertThat(jdbc.update("UPDATE case_record_head SET last_seq = ?, last_hash = ? WHERE case_id = ?", n - 1,
                    previous, id)).isEqualTo(1);
        });
        Verification.BrokenEntry b = broken(id);
        assertThat(b.problem()).isEqualTo(Verification.Problem.SEAL_INVALID);
        assertThat(b.seq()).isEqualTo(n - 1);
    }

    @Test
    void aTruncatedTailWithAnOlderGenuineHeadAndSealPutBackIsFoundByTheCheckpoint() {
        long id = aCase();
        Map<String, Object> old = jdbc.queryForMap(
                "SELECT last_seq, last_hash, seal_key, seal FROM case_record_head WHERE case_id = ?", id);
        long kept = ((Number) old.get("last_seq")).longValue();
        cases.recordOnTimeline(id, "PUBLICATION_REVIEWED", null, "之后的一条记录");
        cases.recordOnTimeline(id, "PUBLICATION_PUBLISHED", null, "再一条");
        assertThat(checkpoints.checkpoint()).isGreaterThanOrEqualTo(1);
        assertThat(checkpoints.latest(id).orElseThrow().seq()).isEqualTo(kept + 2);
        asRoot(() -> {
            assertThat(jdbc.update("DELETE FROM case_record WHERE case_id = ? AND seq > ?", id, kept)).isEqualTo(2);
            assertThat(jdbc.update("UPDATE case_record_head SET last_seq = ?, last_hash = ?, seal_key = ?, seal = ? "
                    + "WHERE case_id = ?", kept, old.get("last_hash"), old.get("seal_key"), old.get("seal"), id))
                    .isEqualTo(1);
        });
        // chain and seal are genuine (an earlier state) — only the checkpoint outside the database knows better
        Verification.BrokenEntry b = broken(id);
        assertThat(b.problem()).isEqualTo(Verification.Problem.CHECKPOINT_MISMATCH);
        assertThat(b.seq()).isEqualTo(kept + 1);
        assertThat(b.detail()).contains("recorded " + (kept + 2) + " entries", "tail cut");
    }

    @Test
    void aRewrittenSealIsFound() {
        long id = aCase();
        long other = aCase();
        String otherSeal = jdbc.queryForObject("SELECT seal FROM case_record_head WHERE case_id = ?", String.class,
                other);
        jdbc.update("UPDATE case_record_head SET seal = ? WHERE case_id = ?", otherSeal, id);
        assertThat(broken(id).problem()).isEqualTo(Verification.Problem.SEAL_INVALID);
        jdbc.update("UPDATE case_record_head SET seal = NULL, seal_key = NULL WHERE case_id = ?", id);
        assertThat(broken(id).problem()).isEqualTo(Verification.Problem.SEAL_MISSING);
        // a head moved to another entry count without the chain: the chain check names it first
        jdbc.update("UPDATE case_record_head SET last_seq = last_seq + 5 WHERE case_id = ?", other);
        assertThat(broken(other).problem()).isEqualTo(Verification.Problem.MISSING);
    }

    @Test
    void checkpointsAreChainedSignedAndAForgedLineIsIgnored() throws Exception {
        long id = aCase();
        checkpoints.checkpoint();
        List<String> lines = checkpoints.lines();
        assertThat(lines).isNotEmpty();
        String last = lines.get(lines.size() - 1);
        assertThat(last).matches("^\\{\"n\":\\d+,\"at\":\"[^\"]+\",\"key\":\"" + seal.keyId()
                + "\",\"prev\":\"[0-9a-f]{64}\",\"heads\":\\[.*\\],\"sig\":\"[A-Za-z0-9+/=]+\"\\}$");
        assertThat(Files.exists(checkpoints.file().resolveSibling("keys").resolve(seal.keyId() + ".pem"))).isTrue();
        long seq = checkpoints.latest(id).orElseThrow().seq();
        // nothing changed: the next checkpoint names nothing again
        assertThat(checkpoints.checkpoint()).isZero();
        // someone without the key appends a line claiming fewer entries: ignored, counted as broken
        int bad = checkpoints.badLines();
        String forged = "{\"n\":" + (lines.size() + 1) + ",\"at\":\"2026-12-05T00:00:00\",\"key\":\"" + seal.keyId()
                + "\",\"prev\":\"" + RecordCanonical.sha256(last) + "\",\"heads\":[[" + id + ",1,\""
                + "0".repeat(64) + "\"]],\"sig\":\"AAAA\"}\n";
        Files.writeString(checkpoints.file(), forged, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertThat(checkpoints.badLines()).isEqualTo(bad + 1);
        assertThat(checkpoints.latest(id).orElseThrow().seq()).isEqualTo(seq);
        assertThat(records.check(id).ok()).isTrue();
    }

    private JsonNode readTree(String s) {
        try {
            return json.readTree(s);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void thePortalPublishesTheKeysAndTheLatestCheckpointDigest() throws Exception {
        aCase();
        checkpoints.checkpoint();
        var d = checkpoints.lastDigest().orElseThrow();
        String page = rest.getForObject("/public/record-seal", String.class);
        assertThat(page).contains("current key: " + seal.keyId(), "sha256=" + d.lineSha256(), "n=" + d.n(),
                seal.publicKeyPem().trim());
        List<String> lines = checkpoints.lines();
        assertThat(RecordCanonical.sha256(lines.get(lines.size() - 1))).isEqualTo(d.lineSha256());
    }
}
