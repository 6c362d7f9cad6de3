package cn.zhifa.record;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.casefile.StageChange;
import cn.zhifa.demo.DemoData;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.tasks.InboxService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every action lands in one linear hash chain per case, captured without the features doing it by hand. */
@cn.zhifa.support.IntegrationTest
class RecordChainIT {

    @Autowired CaseFiles f;
    @Autowired CaseFileService cases;
    @Autowired CaseRecord record;
    @Autowired RecordService records;
    @Autowired InboxService inbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

    private ResponseEntity<String> get(String user, String path) {
        HttpHeaders h = new HttpHeaders();
        h.setBasicAuth(user, DemoData.PASSWORD);
        h.set(HttpHeaders.USER_AGENT, "RecordChainIT/1.0");
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(h), String.class);
    }

    private List<Map<String, Object>> rows(long caseId) {
        return jdbc.queryForList("SELECT * FROM case_record WHERE case_id = ? ORDER BY seq", caseId);
    }

    /** seq 1..n, each prev_hash = the previous entry's hash, genesis 64 zeros; the head names the tail. */
    private void assertLinear(long caseId) {
        List<Map<String, Object>> rows = rows(caseId);
        String prev = RecordCanonical.GENESIS;
        for (int i = 0; i < rows.size(); i++) {
            assertThat(((Number) rows.get(i).get("seq")).longValue()).isEqualTo(i + 1);
            assertThat(rows.get(i).get("prev_hash")).isEqualTo(prev);
            prev = (String) rows.get(i).get("entry_hash");
        }
        assertThat(jdbc.queryForMap("SELECT last_seq, last_hash FROM case_record_head WHERE case_id = ?", caseId))
                .containsEntry("last_hash", prev)
                .hasEntrySatisfying("last_seq", v -> assertThat(((Number) v).longValue()).isEqualTo(rows.size()));
    }

    @Test
    void theWholeProcedureIsOneIntactChainWithStepsDocumentsAndDataChanges() throws Exception {
        var c = f.anArchivedCase();
        assertLinear(c.id());
        Verification v = records.check(c.id());
        assertThat(v.ok()).isTrue();
        assertThat(v.firstBrokenEntry()).isNull();
        assertThat(v.entriesChecked()).isEqualTo(rows(c.id()).size()).isGreaterThan(13);

        List<StageChange> timeline = cases.view(f.actor("officer1"), c.id()).history();
        assertThat(timeline).extracting(StageChange::action)
                .contains("LEAD_REGISTERED", "DOCUMENT_CREATED", "FILED", "DECIDED", "CLOSING_APPROVED");
        // the filing step names the data it changed, before and after
        StageChange filed = timeline.stream().filter(h -> h.action().equals("FILED")).findFirst().orElseThrow();
        JsonNode d = json.readTree(filed.details());
        assertThat(d.path("taskKey").asText()).isEqualTo("Task_ApproveFiling");
        assertThat(d.path("changes").path("caseNo").path("before").isNull()).isTrue();
        assertThat(d.path("changes").path("caseNo").path("after").asText()).isEqualTo(c.caseNo());
        assertThat(d.path("fromStage").asText()).isEqualTo("FILING_APPROVAL");
        assertThat(filed.fromStage()).isNotNull();
        assertThat(filed.actorName()).isEqualTo("吴海");
        // a document entry names the document
        StageChange doc = timeline.stream().filter(h -> h.action().equals("DOCUMENT_CREATED")).findFirst()
                .orElseThrow();
        assertThat(json.readTree(doc.details()).path("documentId").asLong()).isPositive();
        // details are canonical: keys sorted
        assertThat(filed.details()).startsWith("{\"changes\":");
        // services called without a request are the system's origin
        assertThat(filed.originClient()).isEqualTo("system");
        assertThat(filed.originIp()).isNull();
    }

    @Test
    void claimAndGiveBackAreRecordedWithTheActor() {
        var c = f.aLead();
        String task = f.openTask(c.id()).taskId();
        inbox.claim(f.actor("officer2"), task);
        inbox.unclaim(f.actor("officer2"), task);
        List<Map<String, Object>> rows = rows(c.id());
        long officer2 = f.actor("officer2").userId();
        assertThat(rows).extracting(r -> r.get("action")).containsSubsequence("LEAD_REGISTERED", "TASK_CLAIMED",
                "TASK_RETURNED");
        assertThat(rows).filteredOn(r -> r.get("action").toString().startsWith("TASK_"))
                .allSatisfy(r -> assertThat(((Number) r.get("actor_id")).longValue()).isEqualTo(officer2))
                .allSatisfy(r -> assertThat(r.get("details").toString()).contains(task));
        // the step that completes the task is its completion: one entry, no separate TASK_COMPLETED
        f.step(c.id(), "officer1", f.verifyToFile());
        // (the document module's DOCUMENT_RENDERED entries follow the step's commit)
        assertThat(rows(c.id())).extracting(r -> r.get("action")).doesNotContain("TASK_COMPLETED")
                .filteredOn(a -> !a.equals("DOCUMENT_RENDERED")).endsWith("VERIFIED_TO_FILE");
        assertLinear(c.id());
    }

    @Test
    void concurrentAppendsToOneCaseKeepOneLinearChain() throws Exception {
        var c = f.aLead();
        int before = rows(c.id()).size();
        int threads = 12;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int n = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        record.append(c.id(), "EVIDENCE_VIEWED", null, "线程 " + n + " 第 " + i + " 次",
                                Map.of("thread", n, "i", i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> fu : futures) {
                fu.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows(c.id())).hasSize(before + threads * each);
        assertLinear(c.id());
        assertThat(records.check(c.id()).ok()).isTrue();
    }

    @Test
    void openingACaseIsRecordedOncePerIntervalWithItsOrigin() throws Exception {
        var c = f.aLead();
        assertThat(get("officer3", "/api/cases/" + c.id()).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("officer3", "/api/cases/" + c.id()).getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> viewed = rows(c.id()).stream()
                .filter(r -> r.get("action").equals("CASE_VIEWED")).toList();
        assertThat(viewed).hasSize(1);
        assertThat(((Number) viewed.get(0).get("actor_id")).longValue()).isEqualTo(f.actor("officer3").userId());
        assertThat(viewed.get(0).get("origin_ip")).isEqualTo("127.0.0.1");
        assertThat(viewed.get(0).get("origin_client")).isEqualTo("RecordChainIT/1.0");
        // another user is another entry
        get("officer4", "/api/cases/" + c.id());
        assertThat(rows(c.id())).filteredOn(r -> r.get("action").equals("CASE_VIEWED")).hasSize(2);
        assertLinear(c.id());
    }

    @Test
    void verifyEndpointChecksWithinScopeAndRolesAndIsRecorded() throws Exception {
        var c = f.aFiledCase();   // handlers officer1 (lead) and officer2
        ResponseEntity<String> head = get("head1", "/api/cases/" + c.id() + "/record/verify");
        assertThat(head.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode v = json.readTree(head.getBody());
        assertThat(v.path("ok").asBoolean()).isTrue();
        assertThat(v.path("entriesChecked").asInt()).isEqualTo(rows(c.id()).size() - 1);
        assertThat(v.path("firstBrokenEntry").isNull()).isTrue();
        assertThat(rows(c.id()).get(rows(c.id()).size() - 1)).containsEntry("action", "RECORD_VERIFIED")
                .containsEntry("origin_client", "RecordChainIT/1.0");
        assertThat(get("officer2", "/api/cases/" + c.id() + "/record/verify").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("supervisor1", "/api/cases/" + c.id() + "/record/verify").getStatusCode())
                .isEqualTo(HttpStatus.OK);

        int entries = rows(c.id()).size();
        ResponseEntity<String> officer = get("officer3", "/api/cases/" + c.id() + "/record/verify");
        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(officer.getBody()).path("code").asText()).isEqualTo("record.forbidden");
        assertThat(json.readTree(officer.getBody()).path("detail").asText()).contains("承办人员");
        assertThat(get("wj_head1", "/api/cases/" + c.id() + "/record/verify").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("aux1", "/api/cases/" + c.id() + "/record/export").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // refusals change nothing
        assertThat(rows(c.id())).hasSize(entries);
    }

    @Test
    void severalEntriesAppendedAtOnceAreChainedInOrderWithTheirStagesInThreeStatements() {
        var c = f.aLead();
        int before = rows(c.id()).size();
        long t = cn.zhifa.support.SqlCounter.total();
        record.appendAll(c.id(), List.of(
                new CaseRecord.Entry("DOCUMENT_CREATED", null, "一", Map.of("n", 1),
                        cn.zhifa.casefile.CaseStage.INVESTIGATION),
                new CaseRecord.Entry("DOCUMENT_CREATED", null, "二", Map.of("n", 2), null),
                new CaseRecord.Entry("DOCUMENT_CREATED", null, "三", Map.of(), null)));
        // lock the tail (with the stage), one multi-row INSERT, move the tail
        assertThat(cn.zhifa.support.SqlCounter.total() - t).isEqualTo(3);
        List<Map<String, Object>> rows = rows(c.id());
        assertThat(rows).hasSize(before + 3);
        assertThat(rows.subList(before, before + 3)).extracting(r -> r.get("summary")).containsExactly("一", "二", "三");
        assertThat(rows.get(before).get("stage")).isEqualTo("INVESTIGATION"); // the stage the entry names
        assertThat(rows.get(before + 1).get("stage")).isEqualTo(c.stage().name()); // the case's stage
        assertLinear(c.id());
        assertThat(records.check(c.id()).ok()).isTrue();
    }

    @Test
    void entriesAreHeldUntilTheCommitOrUntilTheTransactionReadsTheRecord() {
        var c = f.aLead();
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> {
            record.append(c.id(), "CASE_VIEWED", null, "留待", Map.of());
            // chained, not inserted yet
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE case_id = ? AND summary = '留待'",
                    Long.class, c.id())).isZero();
            // a read of the record in the transaction inserts what is held first, and sees it
            assertThat(cases.view(f.actor("officer1"), c.id()).history()).extracting(StageChange::comment)
                    .contains("留待");
            record.append(c.id(), "CASE_VIEWED", null, "其后", Map.of());
        });
        List<Map<String, Object>> rows = rows(c.id());
        assertThat(rows.subList(rows.size() - 2, rows.size())).extracting(r -> r.get("summary"))
                .containsExactly("留待", "其后");
        assertLinear(c.id());
        assertThat(records.check(c.id()).ok()).isTrue();
    }

    @Test
    void appendsOfOneTransactionMoveAndSealTheHeadOnceBeforeTheCommitEvenFromABeforeCommitListener() {
        var c = f.aLead();
        int before = rows(c.id()).size();
        long headBefore = jdbc.queryForObject("SELECT last_seq FROM case_record_head WHERE case_id = ?", Long.class,
                c.id());
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        long t = cn.zhifa.support.SqlCounter.total();
        tx.executeWithoutResult(s -> {
            record.append(c.id(), "CASE_VIEWED", null, "一", Map.of());
            record.appendAll(c.id(), List.of(new CaseRecord.Entry("CASE_VIEWED", null, "二", Map.of(),
                    cn.zhifa.casefile.CaseStage.INVESTIGATION)));
            // inside the transaction the head is not moved yet: it is written once, just before the commit
            assertThat(jdbc.queryForObject("SELECT last_seq FROM case_record_head WHERE case_id = ?", Long.class,
                    c.id())).isEqualTo(headBefore);
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void beforeCommit(boolean readOnly) { // as the documents' listener appends
                            record.append(c.id(), "CASE_VIEWED", null, "三", Map.of());
                        }
                    });
        });
        // the lock, the stage for the third append, one insert of the three entries and one head write: four
        // statements for three appends (and the test's own read of the head inside the transaction; decision 0037)
        assertThat(cn.zhifa.support.SqlCounter.total() - t).isEqualTo(4 + 1);
        List<Map<String, Object>> rows = rows(c.id());
        assertThat(rows).hasSize(before + 3);
        assertThat(rows.subList(before, before + 3)).extracting(r -> r.get("summary")).containsExactly("一", "二", "三");
        assertThat(jdbc.queryForObject("SELECT last_seq FROM case_record_head WHERE case_id = ?", Long.class, c.id()))
                .isEqualTo(headBefore + 3);
        assertLinear(c.id());
        assertThat(records.check(c.id()).ok()).isTrue();

        // a rolled-back transaction leaves neither its entries nor a moved head
        try {
            tx.executeWithoutResult(s -> {
                record.append(c.id(), "CASE_VIEWED", null, "四", Map.of());
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the rollback
        }
        assertThat(rows(c.id())).hasSize(before + 3);
        assertThat(jdbc.queryForObject("SELECT last_seq FROM case_record_head WHERE case_id = ?", Long.class, c.id()))
                .isEqualTo(headBefore + 3);
        assertThat(records.check(c.id()).ok()).isTrue();
    }
}
