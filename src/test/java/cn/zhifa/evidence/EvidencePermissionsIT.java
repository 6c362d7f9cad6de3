package cn.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseArtifacts;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.Permissions;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The evidence screens' actions for every demo user, called on the service exactly as the views call it: only the
 * case's handlers add, annotate and withdraw; the custodian (a handler) or a head hands over; everyone of the unit
 * and the supervisors read; officers declared present must be handlers with a valid 执法证 on the capture day;
 * withdrawal keeps the item in the record and the export. Every refusal changes nothing.
 */
@IntegrationTest
class EvidencePermissionsIT {

    private static final AtomicLong SEED = new AtomicLong(System.nanoTime() ^ 0xE71DL);
    /** Every demo user: handlers of the test cases are officer1 and officer2 (CaseFiles.verifyToFile). */
    private static final List<String> USERS = List.of("officer1", "officer2", "officer3", "aux1", "leader1",
            "reviewer1", "head1", "principal", "supervisor1", "admin", "wj_officer1", "wj_head1");
    private static final List<String> HANDLERS = List.of("officer1", "officer2");

    @Autowired CaseFiles f;
    @Autowired EvidenceService evidence;
    @Autowired EvidenceArtifacts artifacts;
    @Autowired JdbcTemplate jdbc;
    @Autowired Messages messages;
    @Autowired Clock clock;

    private Map<String, Object> snapshot(long caseId) {
        return Map.of(
                "evidence", jdbc.queryForList("SELECT * FROM evidence WHERE case_id = ? ORDER BY id", caseId),
                "officers", jdbc.queryForList("SELECT o.* FROM evidence_officer o JOIN evidence e ON e.id = "
                        + "o.evidence_id WHERE e.case_id = ? ORDER BY o.evidence_id, o.user_id", caseId),
                "record", jdbc.queryForList("SELECT * FROM case_record WHERE case_id = ? ORDER BY id", caseId));
    }

    private DomainException refused(long caseId, String code, Supplier<?> call) {
        try {
            return EvidenceFixtures.refused(messages, () -> snapshot(caseId), code, call);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<Long> ids(String... users) {
        return Stream.of(users).map(u -> f.actor(u).userId()).toList();
    }

    private NewEvidence meta(String name, LocalDateTime at, List<Long> present) {
        return EvidenceFixtures.meta(at, EvidenceKind.PHOTO, name, present, null);
    }

    private Evidence add(String user, long caseId, String name) {
        return evidence.ingest(f.actor(user), caseId, meta(name, LocalDateTime.now(clock).minusMinutes(2),
                ids("officer1", "officer2")), new ByteArrayInputStream(photoBytes()));
    }

    private static byte[] photoBytes() {
        return EvidenceFixtures.bytes(EvidenceFixtures.JPEG_HEAD, 3000, SEED.incrementAndGet());
    }

    /** The code the matrix answers for a user who is not a handler (role refused, or role allowed but no relation). */
    private String refusal(String user, Action action) {
        Actor a = f.actor(user);
        if (!Permissions.allows(a, action)) {
            return "permission.denied";
        }
        return a.unitId() == f.actor("officer1").unitId() ? "permission.relation.HANDLER" : "case.notFound";
    }

    @Test
    void addAnnotateAndWithdrawAreForTheHandlersOnly() {
        CaseFile c = f.aFiledCase();
        Evidence existing = add("officer1", c.id(), "existing.jpg");
        for (String user : USERS) {
            Actor a = f.actor(user);
            boolean handler = HANDLERS.contains(user);
            assertThat(evidence.mayAdd(a, c.id())).as(user).isEqualTo(handler);
            if (handler) {
                Evidence e = add(user, c.id(), user + ".jpg");
                assertThat(e.uploadedBy()).isEqualTo(a.userId());
                evidence.annotate(a, e.id(), user + " 补正：拍摄地点为东侧");
                assertThat(evidence.withdraw(a, e.id(), "重复拍摄，以 existing.jpg 为准").withdrawn()).isTrue();
                continue;
            }
            DomainException up = refused(c.id(), refusal(user, Action.EVIDENCE_ADD), () -> evidence.ingest(a, c.id(),
                    meta(user + ".jpg", LocalDateTime.now(clock).minusMinutes(2), ids("officer1", "officer2")),
                    new ByteArrayInputStream(photoBytes())));
            if (up.code().startsWith("permission.")) {
                assertThat(messages.of(up, Messages.ZH_CN)).contains("添加证据");
            }
            boolean otherUnit = a.unitId() != c.unitId() && !a.seesAllUnits();
            String readRefusal = otherUnit ? "evidence.notFound" : null;
            refused(c.id(), readRefusal != null && Permissions.allows(a, Action.EVIDENCE_ANNOTATE) ? readRefusal
                    : refusal(user, Action.EVIDENCE_ANNOTATE), () -> {
                        evidence.annotate(a, existing.id(), "不应被记录");
                        return null;
                    });
            refused(c.id(), readRefusal != null && Permissions.allows(a, Action.EVIDENCE_WITHDRAW) ? readRefusal
                    : refusal(user, Action.EVIDENCE_WITHDRAW), () -> evidence.withdraw(a, existing.id(), "不应撤回"));
        }
        assertThat(evidence.get(f.actor("officer1"), existing.id()).withdrawn()).isFalse();
    }

    @Test
    void everyoneOfTheUnitAndTheSupervisorsReadOthersDoNot() {
        CaseFile c = f.aFiledCase();
        Evidence e = add("officer1", c.id(), "read.jpg");
        for (String user : USERS) {
            Actor a = f.actor(user);
            if (a.unitId() == c.unitId() || a.seesAllUnits()) {
                assertThat(evidence.openGallery(a, c.id())).extracting(Evidence::id).contains(e.id());
                assertThat(evidence.open(a, e.id(), EvidenceService.Access.VIEW, true).evidence().id())
                        .isEqualTo(e.id());
            } else {
                refused(c.id(), "case.notFound", () -> evidence.openGallery(a, c.id()));
                refused(c.id(), "evidence.notFound", () -> evidence.open(a, e.id(), EvidenceService.Access.VIEW,
                        true));
            }
        }
    }

    @Test
    void handOverIsForTheCustodianOrAHeadToAnOfficer() {
        CaseFile c = f.aFiledCase();
        Evidence e = add("officer1", c.id(), "custody.jpg");
        long officer2 = f.actor("officer2").userId();
        for (String user : List.of("supervisor1", "admin", "reviewer1", "aux1")) {
            refused(c.id(), "permission.denied", () -> evidence.handOver(f.actor(user), e.id(), officer2, "交接"));
        }
        for (String user : List.of("officer2", "leader1", "officer3")) {
            refused(c.id(), "evidence.notCustodian", () -> evidence.handOver(f.actor(user), e.id(), officer2, "交接"));
        }
        refused(c.id(), "evidence.notFound", () -> evidence.handOver(f.actor("wj_head1"), e.id(), officer2, "交接"));
        for (String to : List.of("aux1", "supervisor1", "reviewer1")) {
            refused(c.id(), "evidence.custodianNotOfficer", () -> evidence.handOver(f.actor("officer1"), e.id(),
                    f.actor(to).userId(), "交接"));
        }
        assertThat(evidence.handOver(f.actor("officer1"), e.id(), officer2, "交证物保管员").custodianId())
                .isEqualTo(officer2);
        assertThat(evidence.handOver(f.actor("head1"), e.id(), f.actor("officer3").userId(), "证物室统一保管")
                .custodianId()).isEqualTo(f.actor("officer3").userId());
        // officer3 holds it but is no handler: he cannot pass it on; a head can
        refused(c.id(), "evidence.notCustodian", () -> evidence.handOver(f.actor("officer3"), e.id(), officer2, "交回"));
    }

    @Test
    void officersPresentMustBeHandlersWithAValidCertificateThatDay() {
        CaseFile c = f.aFiledCase();
        Actor officer = f.actor("officer1");
        LocalDateTime now = LocalDateTime.now(clock).minusMinutes(2);
        for (String other : List.of("officer3", "leader1", "aux1", "reviewer1", "supervisor1", "head1")) {
            DomainException e = refused(c.id(), "evidence.officerNotHandler", () -> evidence.ingest(officer, c.id(),
                    meta("x.jpg", now, ids("officer1", other)), new ByteArrayInputStream(photoBytes())));
            assertThat(messages.of(e, Messages.ZH_CN)).contains(f.actor(other).displayName());
        }
        refused(c.id(), "evidence.officerOtherUnit", () -> evidence.ingest(officer, c.id(),
                meta("x.jpg", now, ids("officer1", "wj_officer1")), new ByteArrayInputStream(photoBytes())));
        // twenty years ago neither handler held a certificate
        DomainException old = refused(c.id(), "evidence.officerNoCertificate", () -> evidence.ingest(officer, c.id(),
                meta("old.jpg", now.minusYears(20), ids("officer1")), new ByteArrayInputStream(photoBytes())));
        assertThat(messages.of(old, Messages.ZH_CN)).contains("执法证");
        assertThat(evidence.presentCandidates(officer, c.id(), now.toLocalDate())).extracting(u -> u.username())
                .containsExactlyInAnyOrder("officer1", "officer2");
        assertThat(evidence.presentCandidates(officer, c.id(), now.toLocalDate().minusYears(20))).isEmpty();
    }

    @Test
    void aWithdrawnItemStaysInTheRecordAndTheExportAndCanBeAddedAgain() {
        CaseFile c = f.aFiledCase();
        byte[] bytes = photoBytes();
        Actor officer1 = f.actor("officer1");
        LocalDateTime at = LocalDateTime.now(clock).minusMinutes(2);
        Evidence wrong = evidence.ingest(officer1, c.id(), meta("错案照片.jpg", at, ids("officer1", "officer2")),
                new ByteArrayInputStream(bytes));
        refused(c.id(), "field.required", () -> evidence.withdraw(f.actor("officer2"), wrong.id(), "  "));
        Evidence withdrawn = evidence.withdraw(f.actor("officer2"), wrong.id(), "误传了另一案件的照片");
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.withdrawnByName()).isEqualTo(f.actor("officer2").displayName());
        assertThat(withdrawn.withdrawalReason()).isEqualTo("误传了另一案件的照片");
        refused(c.id(), "evidence.alreadyWithdrawn", () -> evidence.withdraw(officer1, wrong.id(), "再撤一次"));
        refused(c.id(), "permission.relation.HANDLER", () -> evidence.withdraw(f.actor("officer3"), wrong.id(), "x"));

        assertThat(evidence.list(f.actor("head1"), c.id())).extracting(Evidence::id).contains(wrong.id());
        assertThat(artifacts.artifacts(c.id())).extracting(CaseArtifacts.Artifact::path)
                .anyMatch(p -> p.startsWith("evidence/" + wrong.id() + "-"));
        List<Map<String, Object>> entries = jdbc.queryForList("SELECT actor_id, summary, details FROM case_record "
                + "WHERE case_id = ? AND action = 'EVIDENCE_WITHDRAWN'", c.id());
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("summary").toString()).contains("误传了另一案件的照片");
        assertThat(entries.get(0).get("details").toString()).contains(wrong.sha256());
        // the same file, now with the right metadata, is not a duplicate of a withdrawn item
        Evidence again = evidence.ingest(officer1, c.id(), meta("正确照片.jpg", at, ids("officer1", "officer2")),
                new ByteArrayInputStream(bytes));
        assertThat(again.sha256()).isEqualTo(wrong.sha256());
        refused(c.id(), "evidence.duplicate", () -> evidence.ingest(officer1, c.id(), meta("再次.jpg", at,
                ids("officer1")), new ByteArrayInputStream(bytes)));
    }
}
