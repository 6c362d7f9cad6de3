package cn.zhifa.casefile;

import static cn.zhifa.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.evidence.AvAct;
import cn.zhifa.evidence.EvidenceFixtures;
import cn.zhifa.evidence.EvidenceKind;
import cn.zhifa.evidence.EvidenceService;
import cn.zhifa.notification.Notification;
import cn.zhifa.notification.NotificationService;
import cn.zhifa.organization.NewCertificate;
import cn.zhifa.organization.NewUser;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Preservation and seizure with the head acting (issue #12 item 7, decision 0024) on the controlled clock: the head
 * approves a preservation in the system (before the act, or after an urgent one within 24 hours, else release); the
 * seizure's term runs out on the calendar with its warning, is extended once (a second is refused), and ends by
 * release. Every refusal gives its reason and changes nothing (rows, record, deadlines, the engine's instances).
 */
@IntegrationTest
class PreservationSeizureIT {

    private static final AtomicLong SEED = new AtomicLong(System.nanoTime() ^ 0x5E12EL);

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;
    @Autowired PreservationService preservations;
    @Autowired SeizureService seizures;
    @Autowired CaseFileService cases;
    @Autowired CaseClockService caseClock;
    @Autowired DeadlineAlerts alerts;
    @Autowired EvidenceService evidence;
    @Autowired OrganizationService organization;
    @Autowired NotificationService notifications;
    @Autowired RuntimeService runtime;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;

    private UserAccount headOfficer;

    private void at(String isoDateTime) {
        clock.setWithEngine(LocalDateTime.parse(isoDateTime));
    }

    @AfterEach
    void realTimeAndRetiredHeads() {
        clock.resetWithEngine();
        // a created head-and-officer must not change later tests' quorum or the public officers' list
        jdbc.update("UPDATE certificate SET status = 'REVOKED' WHERE user_id IN "
                + "(SELECT id FROM app_user WHERE username LIKE 'hsz%')");
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username LIKE 'hsz%'");
    }

    /** Rows, record, deadlines and the engine's preservation instances of the case. */
    private Supplier<Object> snapshot(long caseId) {
        return () -> List.of(
                jdbc.queryForList("SELECT * FROM evidence_preservation WHERE case_id = ? ORDER BY id", caseId),
                jdbc.queryForList("SELECT * FROM case_seizure WHERE case_id = ? ORDER BY id", caseId),
                jdbc.queryForList("SELECT * FROM case_record WHERE case_id = ? ORDER BY id", caseId),
                jdbc.queryForList("SELECT * FROM case_document WHERE case_id = ? ORDER BY id", caseId),
                jdbc.queryForList("SELECT * FROM case_deadline WHERE case_id = ? ORDER BY kind", caseId),
                runtime.createProcessInstanceQuery().processDefinitionKey("evidence-preservation").list().stream()
                        .map(p -> p.getBusinessKey()).sorted().toList());
    }

    private CaseDeadline deadline(long caseId, DeadlineKind kind) {
        return caseClock.deadlines(f.actor("officer1"), caseId).stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no deadline " + kind));
    }

    private boolean hasDeadline(long caseId, DeadlineKind kind) {
        return caseClock.deadlines(f.actor("officer1"), caseId).stream().anyMatch(d -> d.kind() == kind);
    }

    private List<String> actions(long caseId) {
        return cases.view(f.actor("head1"), caseId).history().stream().map(StageChange::action).toList();
    }

    /** A filed case whose handlers are officer1 and a head who is also a certified officer. */
    private long caseWithAHeadHandler() {
        headOfficer = organization.createUser(f.actor("admin"), new NewUser("hsz" + System.nanoTime() % 1000000,
                "password123", "负责人兼执法", f.actor("officer1").unitId(), null, EnumSet.of(Role.HEAD, Role.OFFICER)));
        organization.addCertificate(f.actor("admin"), new NewCertificate(headOfficer.id(), "S" + System.nanoTime(),
                "城市管理综合执法", f.today().minusYears(1), f.today().plusYears(1)));
        long id = f.aLead().id();
        f.step(id, "officer1", new StepPayload.VerifyLead(true, f.item(), f.today(),
                List.of(f.actor("officer1").userId(), headOfficer.id()), "建议立案"));
        f.step(id, "head1", new StepPayload.ApproveFiling(true, "同意立案"));
        return id;
    }

    private void seizureVideo(long caseId) {
        evidence.ingest(f.actor("officer1"), caseId, EvidenceFixtures.meta(LocalDateTime.now(clock).minusMinutes(3),
                EvidenceKind.VIDEO, "seizure.mp4", List.of(f.actor("officer1").userId(), headOfficer.id()),
                AvAct.SEIZURE), new ByteArrayInputStream(EvidenceFixtures.bytes(EvidenceFixtures.MP4_HEAD, 4096,
                        SEED.incrementAndGet())));
    }

    private List<Notification> notes(String user, long caseId, String kind) {
        return notifications.mine(f.actor(user), false, 200).stream()
                .filter(n -> n.caseId() != null && n.caseId() == caseId && n.kind().equals(kind)).toList();
    }

    @Test
    void theHeadApprovesBeforeTheActAndThePeriodRunsFromTheApproval() {
        at("2026-03-02T09:00"); // Monday
        long id = caseWithAHeadHandler();
        Supplier<Object> same = snapshot(id);
        refused(messages, same, "preservation.reasonRequired", () -> preservations.request(f.actor("officer1"), id,
                "占道经营桌椅4张", "执法队暂扣物品仓库", " ", false));
        refused(messages, same, "preservation.incomplete", () -> preservations.request(f.actor("officer1"), id,
                "", "执法队暂扣物品仓库", "证据可能灭失", false));
        refused(messages, same, "preservation.handlersOnly", () -> preservations.request(f.actor("officer3"), id,
                "占道经营桌椅4张", "执法队暂扣物品仓库", "证据可能灭失", false));

        Preservation asked = preservations.request(f.actor("officer1"), id, "占道经营桌椅4张", "执法队暂扣物品仓库",
                "当事人拒不配合，证据可能灭失", false);
        assertThat(asked.awaitingApproval()).isTrue();
        assertThat(asked.approvedBy()).isNull();
        assertThat(asked.dueDate()).as("no period before the approval").isNull();
        assertThat(hasDeadline(id, DeadlineKind.PRESERVATION)).isFalse();
        Supplier<Object> pending = snapshot(id);
        refused(messages, pending, "preservation.notApproved",
                () -> preservations.decide(f.actor("officer1"), asked.id(), PreservationOutcome.RECORDED));
        refused(messages, pending, "permission.denied",
                () -> preservations.approve(f.actor("officer2"), asked.id(), true, null));
        refused(messages, pending, "preservation.approverIsHandler",
                () -> preservations.approve(headOfficer.toActor(), asked.id(), true, null));
        refused(messages, pending, "preservation.refusalReasonRequired",
                () -> preservations.approve(f.actor("head1"), asked.id(), false, " "));

        at("2026-03-04T15:00"); // Wednesday: the 7 working days run from the approval, not the request
        Preservation p = preservations.approve(f.actor("head1"), asked.id(), true, "同意先行登记保存");
        assertThat(p.inForce()).isTrue();
        assertThat(p.approvedBy()).isEqualTo(f.actor("head1").userId());
        assertThat(p.startedDate()).isEqualTo("2026-03-04");
        assertThat(p.dueDate()).isEqualTo("2026-03-13");
        assertThat(deadline(id, DeadlineKind.PRESERVATION).due()).isEqualTo("2026-03-13");
        assertThat(deadline(id, DeadlineKind.PRESERVATION).open()).isTrue();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("preservation:" + p.id()).count())
                .isEqualTo(1);
        refused(messages, snapshot(id), "preservation.notPending",
                () -> preservations.approve(f.actor("head2"), asked.id(), true, null));

        Preservation decided = preservations.decide(f.actor("officer1"), p.id(), PreservationOutcome.RECORDED);
        assertThat(decided.outcome()).isEqualTo(PreservationOutcome.RECORDED);
        assertThat(deadline(id, DeadlineKind.PRESERVATION).open()).isFalse();
        assertThat(actions(id)).contains("PRESERVATION_REQUESTED", "PRESERVATION_APPROVED", "PRESERVATION_DECIDED");
        // the record entry states the outcome in Chinese, never the constant's name
        assertThat(cases.view(f.actor("head1"), id).history().stream()
                .filter(h -> h.action().equals("PRESERVATION_DECIDED")).findFirst().orElseThrow().text())
                .isEqualTo("记录、复制、拍照、录像");

        // a refused request ends it: nothing was taken, nothing to release
        Preservation other = preservations.request(f.actor("officer1"), id, "广告牌1块", "仓库A", "证据可能灭失", false);
        Preservation no = preservations.approve(f.actor("head1"), other.id(), false, "不属于证据可能灭失的情形");
        assertThat(no.outcome()).isEqualTo(PreservationOutcome.REFUSED);
        assertThat(no.approval()).isEqualTo(PreservationApproval.REFUSED);
        refused(messages, snapshot(id), "preservation.alreadyDecided",
                () -> preservations.release(f.actor("officer1"), other.id(), null));
        assertThat(actions(id)).contains("PRESERVATION_REFUSED");
    }

    @Test
    void anUrgentActIsApprovedWithin24HoursOrReleased() {
        at("2026-03-02T09:00");
        long id = caseWithAHeadHandler();
        at("2026-03-02T18:30");
        Preservation urgent = preservations.request(f.actor("officer1"), id, "流动摊贩推车1辆", "证物室",
                "当事人欲转移物品，情况紧急", true);
        assertThat(urgent.reportDueAt()).isEqualTo("2026-03-03T18:30");
        assertThat(deadline(id, DeadlineKind.PRESERVATION_REPORT).due()).isEqualTo("2026-03-03");
        assertThat(deadline(id, DeadlineKind.PRESERVATION_REPORT).open()).isTrue();
        assertThat(actions(id)).contains("PRESERVATION_URGENT");
        Preservation asked = preservations.request(f.actor("officer1"), id, "灯箱2个", "证物室", "证据可能灭失", false);
        refused(messages, snapshot(id), "preservation.releaseByDecision",
                () -> preservations.release(f.actor("officer1"), asked.id(), null));

        at("2026-03-03T18:00"); // within 24 hours: approved afterwards, the period runs from the approval
        Preservation approved = preservations.approve(f.actor("head2"), urgent.id(), true, "补办批准");
        assertThat(approved.inForce()).isTrue();
        assertThat(approved.startedDate()).isEqualTo("2026-03-03");
        assertThat(deadline(id, DeadlineKind.PRESERVATION_REPORT).open()).isFalse();
        refused(messages, snapshot(id), "preservation.releaseByDecision",
                () -> preservations.release(f.actor("officer1"), urgent.id(), null));

        // late: no approval after 24 hours — the items must be released, and the release is recorded
        at("2026-03-04T10:00");
        Preservation late = preservations.request(f.actor("officer1"), id, "占道货物三箱", "证物室", "情况紧急", true);
        at("2026-03-05T10:01");
        assertThat(preservations.ofCase(f.actor("officer1"), id).stream().filter(x -> x.id() == late.id())
                .findFirst().orElseThrow().mustRelease(LocalDateTime.now(clock))).isTrue();
        String msg = refused(messages, snapshot(id), "preservation.reportLate",
                () -> preservations.approve(f.actor("head1"), late.id(), true, null));
        assertThat(msg).contains("2026-03-05 10:00").contains("解除");
        alerts.check(id, clock.instant()); // the report period shows by its day (0024); the refusal is exact
        assertThat(notes("officer1", id, NotificationService.DEADLINE_WARNING)).extracting(Notification::text)
                .anySatisfy(m -> assertThat(m).contains("紧急先行登记保存报批期限"));
        Preservation released = preservations.release(f.actor("officer1"), late.id(), "已当场退还当事人");
        assertThat(released.outcome()).isEqualTo(PreservationOutcome.RELEASED);
        assertThat(deadline(id, DeadlineKind.PRESERVATION_REPORT).open()).isFalse();

        // refused afterwards: released too
        Preservation third = preservations.request(f.actor("officer1"), id, "灯箱1个", "证物室", "情况紧急", true);
        Preservation refusedOne = preservations.approve(f.actor("head1"), third.id(), false, "不符合先行登记保存条件");
        assertThat(refusedOne.outcome()).as("still held until the release is recorded").isNull();
        assertThat(refusedOne.mustRelease(LocalDateTime.now(clock))).isTrue();
        assertThat(preservations.release(f.actor("officer1"), third.id(), "已退还").outcome())
                .isEqualTo(PreservationOutcome.RELEASED);
        assertThat(actions(id)).contains("PRESERVATION_REFUSED", "PRESERVATION_RELEASED");
    }

    @Test
    void theSeizureTermRunsOutOnTheCalendarIsExtendedOnceAndEndsByRelease() {
        at("2026-03-02T09:00"); // Monday
        long id = caseWithAHeadHandler();
        SeizureService.Decision d = new SeizureService.Decision(SeizureKind.SEIZE, "无照经营烧烤炉2台、桌椅6套",
                "执法队暂扣物品仓库", "当事人拒不停止违法行为，依《行政强制法》第二十二条扣押", 30);
        Supplier<Object> same = snapshot(id);
        refused(messages, same, "permission.denied", () -> seizures.decide(f.actor("officer1"), id, d));
        refused(messages, same, "seizure.deciderIsHandler", () -> seizures.decide(headOfficer.toActor(), id, d));
        refused(messages, same, "seizure.badTerm", () -> seizures.decide(f.actor("head1"), id,
                new SeizureService.Decision(SeizureKind.SEIZE, d.items(), d.place(), d.reason(), 31)));
        refused(messages, same, "seizure.reasonRequired", () -> seizures.decide(f.actor("head1"), id,
                new SeizureService.Decision(SeizureKind.SEIZE, d.items(), d.place(), "", 30)));
        String gate = refused(messages, same, "evidence.av.missing", () -> seizures.decide(f.actor("head1"), id, d));
        assertThat(gate).contains("查封扣押");

        seizureVideo(id);
        Seizure s = seizures.decide(f.actor("head1"), id, d);
        // 30 calendar days (行政强制法 Art. 69: only periods ≤ 10 days are working days): 2 Mar + 30 = Wed 1 Apr
        assertThat(s.dueDate()).isEqualTo("2026-04-01");
        assertThat(deadline(id, DeadlineKind.SEIZURE).due()).isEqualTo("2026-04-01");
        assertThat(actions(id)).contains("SEIZURE_DECIDED");

        // the warning on the calendar, then at-risk for the supervisors
        at("2026-03-31T09:00");
        alerts.check(id, clock.instant());
        assertThat(notes("officer1", id, NotificationService.DEADLINE_WARNING)).extracting(Notification::text)
                .anySatisfy(m -> assertThat(m).contains("查封扣押期限").contains("2026-04-01"));
        assertThat(caseClock.atRisk(f.actor("head1"), null, 1000)).anySatisfy(r -> {
            assertThat(r.caseId()).isEqualTo(id);
            assertThat(r.kind()).isEqualTo(DeadlineKind.SEIZURE);
        });

        Supplier<Object> held = snapshot(id);
        refused(messages, held, "seizure.badExtension", () -> seizures.extend(f.actor("head1"), s.id(), 31, "案情复杂"));
        refused(messages, held, "seizure.reasonRequired", () -> seizures.extend(f.actor("head1"), s.id(), 30, " "));
        refused(messages, held, "seizure.deciderIsHandler",
                () -> seizures.extend(headOfficer.toActor(), s.id(), 30, "案情复杂"));
        Seizure extended = seizures.extend(f.actor("head2"), s.id(), 30, "需检测鉴定，情况复杂");
        // 60 calendar days from 2 Mar = 1 May (劳动节 1–5 May) → Wed 6 May
        assertThat(extended.dueDate()).isEqualTo("2026-05-06");
        assertThat(extended.extendedBy()).isEqualTo(f.actor("head2").userId());
        assertThat(deadline(id, DeadlineKind.SEIZURE).due()).isEqualTo("2026-05-06");
        refused(messages, snapshot(id), "seizure.extensionUsed",
                () -> seizures.extend(f.actor("head1"), s.id(), 10, "再次延长"));

        // the term runs out: no confiscation any more, only release (Art. 27, 28)
        at("2026-05-07T09:00");
        alerts.check(id, clock.instant());
        assertThat(notes("head1", id, NotificationService.DEADLINE_OVERDUE)).extracting(Notification::text)
                .anySatisfy(m -> assertThat(m).contains("查封扣押期限"));
        refused(messages, snapshot(id), "seizure.termOverRelease",
                () -> seizures.conclude(f.actor("head1"), s.id(), SeizureOutcome.CONFISCATED, "没收"));
        Seizure released = seizures.conclude(f.actor("head1"), s.id(), SeizureOutcome.RELEASED, "期限届满，解除扣押");
        assertThat(released.outcome()).isEqualTo(SeizureOutcome.RELEASED);
        assertThat(deadline(id, DeadlineKind.SEIZURE).open()).isFalse();
        refused(messages, snapshot(id), "seizure.alreadyConcluded",
                () -> seizures.conclude(f.actor("head1"), s.id(), SeizureOutcome.RELEASED, "再次解除"));
        assertThat(actions(id)).contains("SEIZURE_EXTENDED", "SEIZURE_RELEASED");
        assertThat(cases.view(f.actor("head1"), id).documents()).extracting(CaseDocument::docType)
                .contains("SEIZURE_DECISION", "SEIZURE_EXTENSION", "SEIZURE_RELEASE");
    }

    @Test
    void withinTheTermTheHeadMayConfiscate() {
        at("2026-03-02T09:00");
        long id = caseWithAHeadHandler();
        seizureVideo(id);
        Seizure s = seizures.decide(f.actor("head1"), id, new SeizureService.Decision(SeizureKind.SEAL,
                "违法搭建的彩钢棚1处", "朝阳路1号", "当事人拒不停止施工，依法查封", 20));
        // 20 calendar days end on Sunday 22 Mar: the end day moves to the next working day
        assertThat(s.dueDate()).isEqualTo("2026-03-23");
        at("2026-03-10T09:00");
        assertThat(seizures.conclude(f.actor("head2"), s.id(), SeizureOutcome.CONFISCATED, "依法没收").outcome())
                .isEqualTo(SeizureOutcome.CONFISCATED);
        assertThat(actions(id)).contains("SEIZURE_CONFISCATED");

        // a term not extended in time cannot be extended once it ran out
        Seizure shortOne = seizures.decide(f.actor("head1"), id, new SeizureService.Decision(SeizureKind.SEIZE,
                "货物3箱", "证物室", "依法扣押", 3));
        assertThat(shortOne.dueDate()).isEqualTo("2026-03-13");
        at("2026-03-16T09:00");
        refused(messages, snapshot(id), "seizure.termOver",
                () -> seizures.extend(f.actor("head1"), shortOne.id(), 10, "需要延长"));
    }
}
