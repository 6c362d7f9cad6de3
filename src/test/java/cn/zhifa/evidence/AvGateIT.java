package cn.zhifa.evidence;

import static cn.zhifa.evidence.EvidenceFixtures.MP3_HEAD;
import static cn.zhifa.evidence.EvidenceFixtures.MP4_HEAD;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.PreservationOutcome;
import cn.zhifa.casefile.PreservationService;
import cn.zhifa.casefile.ServiceMethod;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audio-video gates: 留置送达, on-site inspection with the party absent, 强制拆除 and 查封扣押 cannot complete
 * without linked video evidence on which at least two certified officers are recorded as present; each refusal says
 * exactly what is missing and changes nothing.
 */
@IntegrationTest
class AvGateIT {

    private static final AtomicLong SEED = new AtomicLong(System.nanoTime() ^ 0x5EEDL);

    @Autowired CaseFiles f;
    @Autowired EvidenceService evidence;
    @Autowired PreservationService preservations;
    @Autowired JdbcTemplate jdbc;
    @Autowired Messages messages;
    @Autowired Clock clock;

    private Map<String, Object> snapshot(long caseId) {
        return Map.of(
                "case", jdbc.queryForMap("SELECT * FROM case_file WHERE id = ?", caseId),
                "record", jdbc.queryForList("SELECT * FROM case_record WHERE case_id = ? ORDER BY id", caseId),
                "documents", jdbc.queryForList("SELECT * FROM case_document WHERE case_id = ? ORDER BY id", caseId),
                "tasks", jdbc.queryForList("SELECT * FROM task_inbox WHERE case_id = ? ORDER BY task_id", caseId),
                "evidence", jdbc.queryForList("SELECT * FROM evidence WHERE case_id = ? ORDER BY id", caseId),
                "preservations", jdbc.queryForList("SELECT * FROM evidence_preservation WHERE case_id = ? ORDER BY id",
                        caseId));
    }

    /** Refused with {@code code}, nothing changed; returns the zh-CN and English messages. */
    private List<String> refused(long caseId, String code, Supplier<?> call) {
        try {
            DomainException e = EvidenceFixtures.refused(messages, () -> snapshot(caseId), code, call);
            return List.of(messages.of(e, Messages.ZH_CN), messages.of(e, Locale.ENGLISH));
        } catch (Exception x) {
            throw new AssertionError(x);
        }
    }

    /** 先行登记保存 requested by officer1 and approved in the system by head1 (not a handler). */
    private cn.zhifa.casefile.Preservation preserved(long caseId, String items) {
        var asked = preservations.request(f.actor("officer1"), caseId, items, "证物室", "证据可能灭失", false);
        return preservations.approve(f.actor("head1"), asked.id(), true, null);
    }

    private Evidence video(long caseId, AvAct act, String... present) {
        return upload(caseId, EvidenceKind.VIDEO, MP4_HEAD, act, present);
    }

    private Evidence upload(long caseId, EvidenceKind kind, byte[] head, AvAct act, String... present) {
        List<Long> ids = Stream.of(present).map(u -> f.actor(u).userId()).toList();
        return evidence.ingest(f.actor("officer1"), caseId,
                EvidenceFixtures.meta(LocalDateTime.now(clock).minusMinutes(3), kind, "rec.bin", ids, act),
                new ByteArrayInputStream(EvidenceFixtures.bytes(head, 4096, SEED.incrementAndGet())));
    }

    private CaseFile aCaseAtService() {
        CaseFile c = f.aCaseAtDecision();
        return f.step(c.id(), "head1", f.fineDecision(CaseFiles.FINE));
    }

    @Test
    void serviceByLeavingNeedsVideoWithTwoCertifiedOfficers() {
        CaseFile c = aCaseAtService();
        assertThat(c.stage()).isEqualTo(CaseStage.SERVICE);
        StepPayload.Service leaving = new StepPayload.Service(f.today(), ServiceMethod.LEFT_AT_RESIDENCE);
        List<String> none = refused(c.id(), "evidence.av.missing", () -> f.step(c.id(), "officer1", leaving));
        assertThat(none.get(0)).contains("留置送达").contains("视频");
        assertThat(none.get(1)).contains("Service by leaving the document").contains("video");

        // audio alone and video linked to another act do not count
        upload(c.id(), EvidenceKind.AUDIO, MP3_HEAD, AvAct.SERVICE_BY_LEAVING, "officer1", "officer2");
        video(c.id(), AvAct.SEIZURE, "officer1", "officer2");
        refused(c.id(), "evidence.av.missing", () -> f.step(c.id(), "officer1", leaving));

        video(c.id(), AvAct.SERVICE_BY_LEAVING, "officer1");
        List<String> one = refused(c.id(), "evidence.av.tooFewOfficers", () -> f.step(c.id(), "officer1", leaving));
        assertThat(one.get(0)).contains("留置送达").contains("只有 1 名").contains("至少需要 2 名");
        assertThat(one.get(1)).contains("only 1 certified officer").contains("at least 2");

        // an auxiliary and a legal reviewer (no 执法证, not handlers) cannot even be declared present
        refused(c.id(), "evidence.officerNotHandler",
                () -> video(c.id(), AvAct.SERVICE_BY_LEAVING, "officer1", "aux1", "reviewer1"));
        refused(c.id(), "evidence.av.tooFewOfficers", () -> f.step(c.id(), "officer1", leaving));

        video(c.id(), AvAct.SERVICE_BY_LEAVING, "officer1", "officer2");
        CaseFile served = f.step(c.id(), "officer1", leaving);
        assertThat(served.stage()).isEqualTo(CaseStage.EXECUTION);
        assertThat(served.serviceMethod()).isEqualTo(ServiceMethod.LEFT_AT_RESIDENCE);
    }

    @Test
    void directServiceNeedsNoVideo() {
        CaseFile c = aCaseAtService();
        CaseFile served = f.step(c.id(), "officer1", new StepPayload.Service(f.today(), ServiceMethod.DIRECT));
        assertThat(served.stage()).isEqualTo(CaseStage.EXECUTION);
    }

    @Test
    void advanceNoticeLeftAtResidenceIsGatedToo() {
        CaseFile c = f.aCaseAtNotice();
        StepPayload.AdvanceNotice leaving = new StepPayload.AdvanceNotice(f.today(), ServiceMethod.LEFT_AT_RESIDENCE);
        refused(c.id(), "evidence.av.missing", () -> f.step(c.id(), "officer1", leaving));
        video(c.id(), AvAct.SERVICE_BY_LEAVING, "officer2", "officer1");
        assertThat(f.step(c.id(), "officer1", leaving).stage()).isEqualTo(CaseStage.STATEMENT);
    }

    @Test
    void inspectionWithThePartyAbsentIsGated() {
        CaseFile c = f.aFiledCase();
        StepPayload.Investigate absent = new StepPayload.Investigate("当事人不在场，现场检查", List.of(
                new StepPayload.DocumentInput("INSPECTION_RECORD", "现场检查笔录")), true);
        List<String> msg = refused(c.id(), "evidence.av.missing", () -> f.step(c.id(), "officer1", absent));
        assertThat(msg.get(0)).contains("现场检查（当事人不在场或拒绝签字）");
        video(c.id(), AvAct.INSPECTION_PARTY_ABSENT, "officer1", "officer2");
        assertThat(f.step(c.id(), "officer1", absent).stage()).isEqualTo(CaseStage.INVESTIGATION_REPORT);
    }

    @Test
    void forcedDemolitionIsGated() {
        CaseFile c = f.aCaseAtExecution();
        StepPayload.Execution demolition = new StepPayload.Execution(null, null, "依法强制拆除违法建筑", true);
        List<String> msg = refused(c.id(), "evidence.av.missing", () -> f.step(c.id(), "officer1", demolition));
        assertThat(msg.get(0)).contains("强制拆除");
        refused(c.id(), "evidence.officerNotHandler",
                () -> video(c.id(), AvAct.FORCED_DEMOLITION, "officer1", "aux1"));
        video(c.id(), AvAct.FORCED_DEMOLITION, "officer1");
        refused(c.id(), "evidence.av.tooFewOfficers", () -> f.step(c.id(), "officer1", demolition));
        video(c.id(), AvAct.FORCED_DEMOLITION, "officer1", "officer2");
        assertThat(f.step(c.id(), "officer1", demolition).stage()).isEqualTo(CaseStage.CLOSING);
    }

    @Test
    void seizureOfPreservedEvidenceIsGated() {
        CaseFile c = f.aFiledCase();
        var p = preserved(c.id(), "摊位推车一辆");
        List<String> msg = refused(c.id(), "evidence.av.missing", () -> preservations.decide(f.actor("officer1"),
                p.id(), PreservationOutcome.SEIZED));
        assertThat(msg.get(0)).contains("查封扣押");
        video(c.id(), AvAct.SEIZURE, "officer1", "officer2");
        assertThat(preservations.decide(f.actor("officer1"), p.id(), PreservationOutcome.SEIZED).outcome())
                .isEqualTo(PreservationOutcome.SEIZED);
    }

    /**
     * The probe's scenario: a refused 查封扣押 must not turn into SEIZED because the read-only supervisor uploads a
     * video. His upload is refused by the permission matrix (nothing changes); a video he managed to add before the
     * matrix was enforced (inserted as it was then) does not count; nor does a handler's video once withdrawn.
     */
    @Test
    void aSupervisorsVideoDoesNotSatisfyTheSeizureGate() {
        CaseFile c = f.aFiledCase();
        var p = preserved(c.id(), "占道经营货物三箱");
        Supplier<Object> seize = () -> preservations.decide(f.actor("officer1"), p.id(), PreservationOutcome.SEIZED);
        refused(c.id(), "evidence.av.missing", seize);

        List<Long> handlers = List.of(f.actor("officer1").userId(), f.actor("officer2").userId());
        for (String user : List.of("supervisor1", "admin", "reviewer1", "aux1", "head1", "leader1", "officer3")) {
            List<String> msg = refused(c.id(), user.equals("leader1") || user.equals("officer3")
                    ? "permission.relation.HANDLER" : "permission.denied",
                    () -> evidence.ingest(f.actor(user), c.id(), EvidenceFixtures.meta(
                            LocalDateTime.now(clock).minusMinutes(3), EvidenceKind.VIDEO, "seizure.mp4", handlers,
                            AvAct.SEIZURE), new ByteArrayInputStream(EvidenceFixtures.bytes(MP4_HEAD, 4096,
                                    SEED.incrementAndGet()))));
            assertThat(msg.get(0)).contains("添加证据");
        }
        refused(c.id(), "evidence.av.missing", seize);

        // as the probe did it before the matrix: a video row added by the supervisor with two handlers present
        Evidence legit = video(c.id(), AvAct.INSPECTION_PARTY_ABSENT, "officer1", "officer2");
        jdbc.update("INSERT INTO evidence (case_id, kind, file_name, media_type, size_bytes, sha256, storage_path, "
                + "captured_at, stage, av_act, custodian_id, uploaded_by, uploaded_at) SELECT case_id, kind, "
                + "'supervisor.mp4', media_type, size_bytes, sha256, storage_path, captured_at, stage, 'SEIZURE', ?, ?, "
                + "uploaded_at FROM evidence WHERE id = ?", f.actor("supervisor1").userId(),
                f.actor("supervisor1").userId(), legit.id());
        long legacy = jdbc.queryForObject("SELECT MAX(id) FROM evidence WHERE case_id = ?", Long.class, c.id());
        for (Long officer : handlers) {
            jdbc.update("INSERT INTO evidence_officer (evidence_id, user_id) VALUES (?, ?)", legacy, officer);
        }
        refused(c.id(), "evidence.av.tooFewOfficers", seize);

        // a handler's video counts until it is withdrawn
        Evidence mine = video(c.id(), AvAct.SEIZURE, "officer1", "officer2");
        evidence.withdraw(f.actor("officer2"), mine.id(), "拍摄的是另一处摊位");
        refused(c.id(), "evidence.av.tooFewOfficers", seize);
        video(c.id(), AvAct.SEIZURE, "officer2", "officer1");
        assertThat(preservations.decide(f.actor("officer1"), p.id(), PreservationOutcome.SEIZED).outcome())
                .isEqualTo(PreservationOutcome.SEIZED);
    }
}
