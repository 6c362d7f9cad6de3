package cn.zhifa.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.CaseWorkflowService;
import cn.zhifa.casefile.IdType;
import cn.zhifa.casefile.LeadSource;
import cn.zhifa.casefile.NewLead;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.Party;
import cn.zhifa.casefile.PartyKind;
import cn.zhifa.casefile.ReviewOutcome;
import cn.zhifa.casefile.ReviewPoint;
import cn.zhifa.casefile.ServiceMethod;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.casefile.process.OrdinaryProcedure;
import cn.zhifa.organization.NewUser;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.Refusals;
import cn.zhifa.support.MutableClock;
import cn.zhifa.tasks.InboxService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Legal review, advance notice, hearing and deliberation triggers as real gates: every path of the review (agree,
 * supplement loop, correct, transfer), of the hearing (requested, waived, absent) and every refusal, each with a
 * "nothing changed" snapshot.
 */
@IntegrationTest
class LegalReviewIT {

    @Autowired CaseFiles f;
    @Autowired CaseWorkflowService workflow;
    @Autowired CaseFileService cases;
    @Autowired LegalReviewService reviews;
    @Autowired ReviewerEligibility reviewers;
    @Autowired NoticesAndHearings hearings;
    @Autowired InboxService inbox;
    @Autowired OrganizationService organization;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;
    @Autowired cn.zhifa.evidence.EvidenceService evidence;
    @Autowired MutableClock clock;

    private static final AtomicInteger SEQ = new AtomicInteger();

    @AfterEach
    void realTime() {
        clock.resetWithEngine();
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private Map<String, Object> snapshot(long caseId) {
        return Map.ofEntries(
                Map.entry("case", jdbc.queryForMap("SELECT * FROM case_file WHERE id = ?", caseId)),
                Map.entry("history", rows("SELECT * FROM case_record WHERE case_id = ? ORDER BY id", caseId)),
                Map.entry("documents", rows("SELECT * FROM case_document WHERE case_id = ? ORDER BY id", caseId)),
                Map.entry("tasks", rows("SELECT * FROM task_inbox WHERE case_id = ? ORDER BY task_id", caseId)),
                Map.entry("engine", rows("SELECT ID_, ASSIGNEE_, TASK_DEF_KEY_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = "
                        + "(SELECT process_instance_id FROM case_file WHERE id = ?)", caseId)),
                Map.entry("rounds", rows("SELECT * FROM legal_review_round WHERE case_id = ? ORDER BY id", caseId)),
                Map.entry("points", rows("SELECT p.* FROM legal_review_point p JOIN legal_review_round r "
                        + "ON r.id = p.round_id WHERE r.case_id = ? ORDER BY p.round_id, p.check_point", caseId)),
                Map.entry("notices", rows("SELECT * FROM advance_notice WHERE case_id = ? ORDER BY id", caseId)),
                Map.entry("hearings", rows("SELECT * FROM case_hearing WHERE case_id = ? ORDER BY id", caseId)),
                Map.entry("requirements", rows("SELECT kind, code, reason FROM case_requirement WHERE case_id = ? "
                        + "ORDER BY id", caseId)),
                Map.entry("recusals", rows("SELECT * FROM reviewer_recusal WHERE case_id = ? ORDER BY id", caseId)),
                Map.entry("clock", rows("SELECT * FROM case_clock_event WHERE case_id = ? ORDER BY id", caseId)),
                Map.entry("qualifications", rows("SELECT * FROM reviewer_qualification WHERE ? > 0 ORDER BY user_id",
                        caseId)),
                Map.entry("catalogue", rows("SELECT * FROM review_catalogue_rule WHERE ? > 0 ORDER BY id", caseId)));
    }

    private List<Map<String, Object>> rows(String sql, long caseId) {
        return jdbc.queryForList(sql, caseId);
    }

    /** Refused with {@code code}, nothing changed, a clear zh-CN and English message; returns the zh-CN one. */
    private String refused(long caseId, String code, ThrowingSupplier<?> call) {
        String zh = Refusals.refused(messages, () -> snapshot(caseId), code, call);
        assertThat(zh).doesNotContain("{0}");
        return zh;
    }

    private CaseFile reported(PartyKind kind, OutcomeType outcome, BigDecimal fine, boolean major,
            boolean benchmarkDeparture) {
        NewLead lead = new NewLead(LeadSource.INSPECTION, "巡查发现违法建设", "朝阳路2号", f.today(), f.today(), null,
                List.of(new Party(kind, kind == PartyKind.ORGANIZATION ? "某某商贸有限公司" : "张三",
                        kind == PartyKind.ORGANIZATION ? IdType.CREDIT_CODE : IdType.ID_CARD,
                        kind == PartyKind.ORGANIZATION ? "91110105MA00000000" : "110105199001011234",
                        "13800000000", "朝阳路2号")));
        CaseFile c = cases.registerLead(f.actor("officer1"), lead);
        f.step(c.id(), "officer1", f.verifyToFile());
        f.step(c.id(), "head1", new StepPayload.ApproveFiling(true, "同意立案"));
        f.step(c.id(), "officer1", new StepPayload.Investigate("当事人未取得许可擅自建设，事实清楚",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"))));
        return f.step(c.id(), "officer1", f.tiered(c.id(),
                new StepPayload.InvestigationReport(outcome, fine, null, "责令限期改正",
                "违法面积较大", major, major ? "涉及重大公共利益" : null, false, benchmarkDeparture,
                benchmarkDeparture ? "当事人主动拆除，从轻处罚低于基准下限" : null)));
    }

    private CaseFile notified(CaseFile c) {
        f.step(c.id(), "leader1", new StepPayload.CaseReview(true, false, false, "同意"));
        return f.step(c.id(), "officer1", new StepPayload.AdvanceNotice(f.today(), ServiceMethod.DIRECT,
                "面积较大，按基准中档", null));
    }

    private String openKey(long caseId) {
        return f.openTask(caseId).taskKey();
    }

    private UserAccount newReviewer(String prefix) {
        return organization.createUser(f.actor("admin"), new NewUser(prefix + SEQ.incrementAndGet()
                + System.nanoTime() % 100000, "password123", prefix, f.actor("officer1").unitId(), null,
                EnumSet.of(Role.LEGAL_REVIEWER)));
    }

    private List<RequirementKind> kinds(long caseId) {
        return reviews.overview(f.actor("officer1"), caseId).requirements().stream().map(Requirement::kind)
                .distinct().toList();
    }

    // ---- requirement evaluation -----------------------------------------------------------------------------------

    @Test
    void smallFineNeedsNoReviewNoHearingNoDeliberation() {
        CaseFile c = f.aCaseAtDecision();
        var o = reviews.overview(f.actor("officer1"), c.id());
        assertThat(o.reviewRequired()).isFalse();
        assertThat(o.hearingEligible()).isFalse();
        assertThat(o.deliberationRequired()).isFalse();
        assertThat(o.notice().proposedOutcome()).isEqualTo(OutcomeType.FINE);
        assertThat(o.notice().fine()).isEqualByComparingTo(CaseFiles.FINE);
        assertThat(o.notice().facts()).contains("占道经营");
        assertThat(o.notice().basis()).contains("条");
        assertThat(o.notice().hearingEligible()).isFalse();
    }

    @Test
    void thresholdsArePerPartyKind() {
        // 20,000 yuan: above the individual catalogue (10,000) and hearing (5,000) thresholds
        CaseFile person = reported(PartyKind.NATURAL_PERSON, OutcomeType.FINE, new BigDecimal("20000"), false, false);
        notified(person);
        var n = reviews.overview(f.actor("officer1"), person.id()).notice();
        assertThat(n.hearingEligible()).isTrue();
        assertThat(n.hearingReason()).contains("20000").contains("5000");
        // the same fine for an organisation is below both organisation thresholds (100,000 / 50,000)
        CaseFile org = reported(PartyKind.ORGANIZATION, OutcomeType.FINE, new BigDecimal("20000"), false, false);
        notified(org);
        assertThat(reviews.overview(f.actor("officer1"), org.id()).notice().hearingEligible()).isFalse();
        f.step(org.id(), "officer1", new StepPayload.StatementDefence(true, null, null));
        assertThat(openKey(org.id())).isEqualTo(OrdinaryProcedure.TASK_DECISION);
        assertThat(kinds(org.id())).isEmpty();
    }

    // ---- the four review outcomes ---------------------------------------------------------------------------------

    @Test
    void agreeUnlocksTheDecisionAndTheOpinionIsKept() {
        CaseFile c = f.aCaseAtLegalReview();
        var o = reviews.overview(f.actor("officer1"), c.id());
        assertThat(o.requirements()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(RequirementKind.REVIEW);
            assertThat(r.code()).isEqualTo("MARKED_MAJOR");
            assertThat(r.reason()).contains("涉及重大公共利益");
        });
        String task = f.openTask(c.id()).taskId();
        // AGREE with a problem point, an incomplete checklist, a problem without remark: refused
        refused(c.id(), "review.agreeWithProblems", () -> workflow.complete(f.actor("reviewer1"), task,
                new StepPayload.LegalReview(ReviewOutcome.AGREE, CaseFiles.checklist(ReviewPoint.DOCUMENTS), "同意")));
        refused(c.id(), "review.checklist.incomplete", () -> workflow.complete(f.actor("reviewer1"), task,
                new StepPayload.LegalReview(ReviewOutcome.AGREE, CaseFiles.checklist().subList(0, 7), "同意")));
        List<StepPayload.CheckPoint> noRemark = new java.util.ArrayList<>(CaseFiles.checklist());
        noRemark.set(0, new StepPayload.CheckPoint(ReviewPoint.BODY, false, " "));
        refused(c.id(), "review.checklist.remarkRequired", () -> workflow.complete(f.actor("reviewer1"), task,
                new StepPayload.LegalReview(ReviewOutcome.CORRECT, noRemark, "纠正")));
        refused(c.id(), "review.noProblemMarked", () -> workflow.complete(f.actor("reviewer1"), task,
                new StepPayload.LegalReview(ReviewOutcome.SUPPLEMENT, CaseFiles.checklist(), "补充")));
        refused(c.id(), "review.transferNeedsGround", () -> workflow.complete(f.actor("reviewer1"), task,
                new StepPayload.LegalReview(ReviewOutcome.TRANSFER, CaseFiles.checklist(ReviewPoint.DOCUMENTS),
                        "移送")));
        CaseFile agreed = f.legalReview(c.id(), "reviewer1", ReviewOutcome.AGREE);
        assertThat(agreed.stage()).isEqualTo(CaseStage.DECISION);
        assertThat(agreed.legalReviewPassed()).isTrue();
        var rounds = reviews.overview(f.actor("officer1"), c.id()).rounds();
        assertThat(rounds).hasSize(1);
        assertThat(rounds.get(0).checklist()).hasSize(8).allMatch(StepPayload.CheckPoint::passed);
        assertThat(rounds.get(0).dueDate()).isAfter(rounds.get(0).startedOn());
        assertThat(cases.view(f.actor("officer1"), c.id()).documents())
                .anyMatch(d -> d.docType().equals("LEGAL_REVIEW_OPINION"));
        CaseFile decided = f.step(c.id(), "head1", f.fineDecision(CaseFiles.FINE));
        assertThat(decided.stage()).isEqualTo(CaseStage.SERVICE);
    }

    @Test
    void supplementLoopsBackAndReturnsToReviewWithoutANewNoticeUnlessHeavier() {
        CaseFile c = f.aCaseAtLegalReview();
        CaseFile back = f.legalReview(c.id(), "reviewer1", ReviewOutcome.SUPPLEMENT, ReviewPoint.FACTS_EVIDENCE);
        assertThat(back.stage()).isEqualTo(CaseStage.INVESTIGATION);
        assertThat(reviews.overview(f.actor("officer1"), c.id()).rounds().get(0).checklist())
                .filteredOn(p -> !p.passed()).singleElement()
                .satisfies(p -> assertThat(p.remark()).contains("FACTS_EVIDENCE"));
        // the decision is not reachable: the open step is the investigation
        assertThat(openKey(c.id())).isEqualTo(OrdinaryProcedure.TASK_INVESTIGATE);
        f.step(c.id(), "officer1", new StepPayload.Investigate("补充调查：调取监控录像", List.of(
                new StepPayload.DocumentInput("INVESTIGATION_RECORD", "补充询问笔录"))));
        f.step(c.id(), "officer1", f.tiered(c.id(),
                new StepPayload.InvestigationReport(OutcomeType.FINE, CaseFiles.FINE, null,
                "责令立即改正", "一般情形", true, "涉及重大公共利益", false)));
        CaseFile reviewed = f.step(c.id(), "leader1", new StepPayload.CaseReview(true, false, false, "同意"));
        // same proposal as notified: straight back to legal review, no second notice
        assertThat(reviewed.stage()).isEqualTo(CaseStage.LEGAL_REVIEW);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM advance_notice WHERE case_id = ?", Integer.class,
                c.id())).isEqualTo(1);
        // the reviewer who did not agree may review again; the disagreement triggers deliberation
        f.legalReview(c.id(), "reviewer1", ReviewOutcome.SUPPLEMENT, ReviewPoint.LAW_DISCRETION);
        f.step(c.id(), "officer1", new StepPayload.Investigate("再次补充调查", List.of()));
        f.step(c.id(), "officer1", f.tiered(c.id(),
                new StepPayload.InvestigationReport(OutcomeType.FINE, new BigDecimal("800.00"),
                null, "责令立即改正", "情节较重", true, "涉及重大公共利益", false)));
        CaseFile heavier = f.step(c.id(), "leader1", new StepPayload.CaseReview(true, false, false, "同意"));
        // a heavier proposal than notified: a new advance notice first
        assertThat(heavier.stage()).isEqualTo(CaseStage.ADVANCE_NOTICE);
        f.step(c.id(), "officer1", new StepPayload.AdvanceNotice(f.today(), ServiceMethod.DIRECT));
        f.step(c.id(), "officer1", new StepPayload.StatementDefence(true, null, null));
        CaseFile agreed = f.legalReview(c.id(), "reviewer2", ReviewOutcome.AGREE);
        assertThat(agreed.stage()).isEqualTo(CaseStage.DELIBERATION);
        assertThat(reviews.overview(f.actor("officer1"), c.id()).requirements())
                .anyMatch(r -> r.code().equals("REVIEW_DISAGREEMENT"));
        f.deliberate(c.id());
        assertThat(f.step(c.id(), "head1", f.fineDecision(new BigDecimal("800.00"))).stage())
                .isEqualTo(CaseStage.SERVICE);
    }

    @Test
    void correctSendsDocumentsBackToTheHandlerThenReviewAgain() {
        CaseFile c = f.aCaseAtLegalReview();
        f.legalReview(c.id(), "reviewer1", ReviewOutcome.CORRECT, ReviewPoint.DOCUMENTS);
        assertThat(openKey(c.id())).isEqualTo(OrdinaryProcedure.TASK_CORRECT_DOCUMENTS);
        String task = f.openTask(c.id()).taskId();
        refused(c.id(), "field.required", () -> workflow.complete(f.actor("officer1"), task,
                new StepPayload.CorrectDocuments(" ", List.of())));
        refused(c.id(), "task.notCandidate", () -> workflow.complete(f.actor("officer3"), task,
                new StepPayload.CorrectDocuments("补正", List.of())));
        f.step(c.id(), "officer1", new StepPayload.CorrectDocuments("补正了现场检查笔录的签名", List.of(
                new StepPayload.DocumentInput("CORRECTED_DOCUMENT", "现场检查笔录（补正）"))));
        assertThat(openKey(c.id())).isEqualTo(OrdinaryProcedure.TASK_LEGAL_REVIEW);
        f.legalReview(c.id(), "reviewer1", ReviewOutcome.AGREE);
        assertThat(openKey(c.id())).isEqualTo(OrdinaryProcedure.TASK_DELIBERATION);
    }

    @Test
    void transferRestrictsTheDecisionToATransfer() {
        CaseFile c = f.aCaseAtLegalReview();
        CaseFile t = f.legalReview(c.id(), "reviewer1", ReviewOutcome.TRANSFER, ReviewPoint.CRIME_TRANSFER);
        assertThat(t.legalReviewPassed()).isFalse();
        // the disagreement trigger puts the case before the heads first
        assertThat(openKey(c.id())).isEqualTo(OrdinaryProcedure.TASK_DELIBERATION);
        f.deliberate(c.id(), OutcomeType.TRANSFER, null, null);
        String task = f.openTask(c.id()).taskId();
        refused(c.id(), "decision.transferOnly", () -> workflow.complete(f.actor("head1"), task,
                f.fineDecision(CaseFiles.FINE)));
        CaseFile decided = f.step(c.id(), "head1", new StepPayload.Decision(OutcomeType.TRANSFER, null, null, null,
                f.today()));
        assertThat(decided.decidedOutcome()).isEqualTo(OutcomeType.TRANSFER);
    }

    @Test
    void agreementOverGapsNeedsTheReviewersConfirmation() throws Exception {
        // the fixture's case has the party heard (waiver) but no evidence: agreeing is refused, naming the gap
        CaseFile c = f.aCaseAtLegalReview();
        String task = f.openTask(c.id()).taskId();
        String zh = refused(c.id(), "review.confirm.required", () -> workflow.complete(f.actor("reviewer1"), task,
                new StepPayload.LegalReview(ReviewOutcome.AGREE, CaseFiles.checklist(), "同意")));
        assertThat(zh).contains("案件无证据材料").contains("勾选确认").doesNotContain("陈述申辩");
        DomainException en = Refusals.catchDomain(() -> workflow.complete(f.actor("reviewer1"), task,
                new StepPayload.LegalReview(ReviewOutcome.AGREE, CaseFiles.checklist(), "同意")));
        assertThat(messages.of(en, java.util.Locale.ENGLISH)).contains("the case has no evidence");
        // a disagreement needs no confirmation; the confirmed agreement lands in the step's record entry
        CaseFile agreed = f.step(c.id(), "reviewer1",
                new StepPayload.LegalReview(ReviewOutcome.AGREE, CaseFiles.checklist(), "同意，证据见现场照片", true));
        assertThat(agreed.legalReviewPassed()).isTrue();
        String details = jdbc.queryForObject("SELECT summary FROM case_record WHERE case_id = ? AND action = "
                + "'LEGAL_REVIEW_AGREE' ORDER BY seq DESC LIMIT 1", String.class, c.id());
        assertThat(messages.render(details, cn.zhifa.shared.Messages.ZH_CN)).contains("审核人确认：案件无证据材料，仍同意");

        // with evidence in the vault and the party heard, agreement needs no confirmation and records none
        CaseFile withEvidence = f.aCaseAtLegalReview();
        evidence.ingest(f.actor("officer1"), withEvidence.id(), new cn.zhifa.evidence.NewEvidence(
                cn.zhifa.evidence.EvidenceKind.PHOTO, "scene.png", java.time.LocalDateTime.now(clock).minusMinutes(5),
                List.of(f.actor("officer1").userId(), f.actor("officer2").userId()), "ZFJLY-0001", null, null,
                "现场照片", null, null, null), new java.io.ByteArrayInputStream(png()));
        CaseFile plain = f.step(withEvidence.id(), "reviewer1",
                new StepPayload.LegalReview(ReviewOutcome.AGREE, CaseFiles.checklist(), "同意"));
        assertThat(plain.legalReviewPassed()).isTrue();
        assertThat(jdbc.queryForObject("SELECT summary FROM case_record WHERE case_id = ? AND action = "
                + "'LEGAL_REVIEW_AGREE' ORDER BY seq DESC LIMIT 1", String.class, withEvidence.id()))
                .doesNotContain("审核人确认");
    }

    /** A small valid PNG (the vault sniffs the type). */
    private static byte[] png() throws java.io.IOException {
        var img = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    // ---- reviewers: handler, qualification, recusal ---------------------------------------------------------------

    @Test
    void unqualifiedOrUnrecordedReviewerCannotClaimOrComplete() {
        CaseFile c = f.aCaseAtLegalReview();
        String task = f.openTask(c.id()).taskId();
        UserAccount noRecord = newReviewer("norec");
        // the fixture's case has no evidence: the agreement carries the reviewer's confirmation of that gap
        var agree = new StepPayload.LegalReview(ReviewOutcome.AGREE, CaseFiles.checklist(), "同意", true);
        refused(c.id(), "review.reviewer.noQualificationRecord", () -> inbox.claim(noRecord.toActor(), task));
        refused(c.id(), "review.reviewer.noQualificationRecord", () -> workflow.complete(noRecord.toActor(), task,
                agree));
        UserAccount fresh = newReviewer("fresh");
        reviewers.saveQualification(f.actor("admin"), fresh.id(), null, LocalDate.of(2023, 9, 1), false);
        String msg = refused(c.id(), "review.reviewer.unqualified", () -> inbox.claim(fresh.toActor(), task));
        assertThat(msg).contains("2023-09-01");
        refused(c.id(), "review.reviewer.unqualified", () -> workflow.complete(fresh.toActor(), task, agree));
        // before the 2021 law a reviewer without the qualification may still review
        UserAccount old = newReviewer("old");
        reviewers.saveQualification(f.actor("admin"), old.id(), null, LocalDate.of(2020, 1, 2), false);
        inbox.claim(old.toActor(), task);
        assertThat(workflow.complete(old.toActor(), task, agree).legalReviewPassed()).isTrue();
    }

    @Test
    void qualificationRecordsAreAdminOnlyAndValidated() {
        UserAccount r = newReviewer("qual");
        assertThatThrownBy(() -> reviewers.saveQualification(f.actor("head1"), r.id(), "X", LocalDate.of(2022, 1, 1),
                true)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> reviewers.saveQualification(f.actor("admin"), r.id(), " ", LocalDate.of(2022, 1, 1),
                true)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code())
                        .isEqualTo("review.qualification.certificateRequired"));
        assertThatThrownBy(() -> reviewers.saveQualification(f.actor("admin"), f.actor("officer1").userId(), "X",
                LocalDate.of(2022, 1, 1), true)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code())
                        .isEqualTo("review.qualification.notReviewer"));
        assertThat(reviewers.qualification(r.id())).isEmpty();
        var q = reviewers.saveQualification(f.actor("admin"), r.id(), "A2022", LocalDate.of(2022, 1, 1), true);
        assertThat(q.recordedBy()).isEqualTo(f.actor("admin").userId());
        assertThat(q.certificateNo()).isEqualTo("A2022");
    }

    @Test
    void recusedReviewerCanNeitherClaimNorCompleteAndLeavesTheQueue() {
        CaseFile c = f.aCaseAtLegalReview();
        String task = f.openTask(c.id()).taskId();
        assertThat(reviews.queue(f.actor("reviewer1"))).anyMatch(q -> q.caseId() == c.id());
        long reviewer1 = f.actor("reviewer1").userId();
        refused(c.id(), "review.recusal.notAllowed", () -> reviewers.requestRecusal(f.actor("officer3"), c.id(),
                reviewer1, "当事人申请"));
        var req = reviewers.requestRecusal(f.actor("officer1"), c.id(), reviewer1, "当事人称审核人员与其有利害关系");
        refused(c.id(), "permission.denied", () -> reviewers.decideRecusal(f.actor("leader1"), req.id(), true, "属实"));
        var granted = reviewers.decideRecusal(f.actor("head1"), req.id(), true, "经查属实，准予回避");
        assertThat(granted.status()).isEqualTo("GRANTED");
        refused(c.id(), "review.recusal.decided", () -> reviewers.decideRecusal(f.actor("head2"), req.id(), false,
                "再议"));
        refused(c.id(), "review.reviewer.recused", () -> inbox.claim(f.actor("reviewer1"), task));
        refused(c.id(), "review.reviewer.recused", () -> workflow.complete(f.actor("reviewer1"), task,
                new StepPayload.LegalReview(ReviewOutcome.AGREE, CaseFiles.checklist(), "同意")));
        assertThat(reviews.queue(f.actor("reviewer1"))).noneMatch(q -> q.caseId() == c.id());
        assertThat(reviews.overview(f.actor("officer1"), c.id()).recusals()).singleElement()
                .satisfies(r -> assertThat(r.decisionReason()).contains("准予回避"));
        assertThat(f.legalReview(c.id(), "reviewer2", ReviewOutcome.AGREE).legalReviewPassed()).isTrue();
    }

    @Test
    void reviewPeriodExtendsOnceWithAHead() {
        CaseFile c = f.aCaseAtLegalReview();
        var before = reviews.queue(f.actor("reviewer1")).stream().filter(q -> q.caseId() == c.id()).findFirst()
                .orElseThrow();
        refused(c.id(), "permission.denied", () -> reviews.extendReview(f.actor("reviewer1"), c.id(), "案情复杂"));
        LocalDate due = reviews.extendReview(f.actor("head1"), c.id(), "案情复杂，需要专家论证");
        assertThat(due).isAfter(before.dueDate());
        refused(c.id(), "review.extensionUsed", () -> reviews.extendReview(f.actor("head2"), c.id(), "再次延长"));
        var after = reviews.queue(f.actor("reviewer1")).stream().filter(q -> q.caseId() == c.id()).findFirst()
                .orElseThrow();
        assertThat(after.dueDate()).isEqualTo(due);
        assertThat(after.extended()).isTrue();
    }

    // ---- decision gates -------------------------------------------------------------------------------------------

    @Test
    void heavierKindOfPenaltyThanNotifiedIsRefused() {
        CaseFile c = f.aCaseAtDecision();
        String task = f.openTask(c.id()).taskId();
        String msg = refused(c.id(), "decision.heavierThanNotified", () -> workflow.complete(f.actor("head1"), task,
                new StepPayload.Decision(OutcomeType.SUSPENSION, null, null, "责令停业整顿", f.today())));
        assertThat(msg).contains("500.00");
        refused(c.id(), "decision.heavierThanNotified", () -> workflow.complete(f.actor("head1"), task,
                new StepPayload.Decision(OutcomeType.FINE, CaseFiles.FINE, new BigDecimal("100"), "责令改正",
                        f.today())));
        CaseFile lighter = f.step(c.id(), "head1", new StepPayload.Decision(OutcomeType.WARNING, null, null,
                "责令改正", f.today()));
        assertThat(lighter.decidedOutcome()).isEqualTo(OutcomeType.WARNING);
    }

    @Test
    void catalogueRequiredReviewCannotBeSkippedEvenIfTheEngineIsBypassed() {
        // 20,000 yuan for an individual: catalogue FINE_AMOUNT; the handler did not mark it major
        CaseFile c = reported(PartyKind.NATURAL_PERSON, OutcomeType.FINE, new BigDecimal("20000"), false, false);
        notified(c);
        f.step(c.id(), "officer1", new StepPayload.StatementDefence(false, "当事人认为罚款过高", "经复核，维持"));
        assertThat(openKey(c.id())).isEqualTo(OrdinaryProcedure.TASK_LEGAL_REVIEW);
        assertThat(reviews.overview(f.actor("officer1"), c.id()).requirements())
                .anySatisfy(r -> assertThat(r.code()).isEqualTo("FINE_AMOUNT"))
                .anySatisfy(r -> assertThat(r.code()).isEqualTo("HEARING_RANGE"));
        f.legalReview(c.id(), "reviewer1", ReviewOutcome.AGREE);
        f.deliberate(c.id());
        String task = f.openTask(c.id()).taskId();
        // forged: the review flag lost → the service refuses though the engine reached the decision
        jdbc.update("UPDATE case_file SET legal_review_passed = FALSE WHERE id = ?", c.id());
        refused(c.id(), "decision.noLegalReview", () -> workflow.complete(f.actor("head1"), task,
                f.fineDecision(new BigDecimal("20000"))));
    }

    @Test
    void benchmarkDepartureTriggersDeliberation() {
        CaseFile c = reported(PartyKind.NATURAL_PERSON, OutcomeType.FINE, new BigDecimal("300"), false, true);
        notified(c);
        CaseFile heard = f.step(c.id(), "officer1", new StepPayload.StatementDefence(true, null, null));
        assertThat(heard.stage()).isEqualTo(CaseStage.DELIBERATION);
        assertThat(heard.deliberationRequired()).isTrue();
        assertThat(reviews.overview(f.actor("officer1"), c.id()).requirements()).singleElement()
                .satisfies(r -> {
                    assertThat(r.code()).isEqualTo("BENCHMARK_DEPARTURE");
                    assertThat(r.reason()).contains("低于基准下限");
                });
    }

    // ---- hearing --------------------------------------------------------------------------------------------------

    private CaseFile hearingRequested() {
        CaseFile c = reported(PartyKind.NATURAL_PERSON, OutcomeType.FINE, new BigDecimal("6000"), false, false);
        notified(c);
        return f.step(c.id(), "officer1", new StepPayload.StatementDefence(false, "当事人申请听证", null, true));
    }

    private StepPayload.ScheduleHearing schedule(Long presiding, LocalDate date, List<String> agents) {
        return new StepPayload.ScheduleHearing(presiding, date, "朝阳街道听证室", f.today(), agents);
    }

    @Test
    void hearingRequestedScheduledHeldThenReviewIsMandatory() {
        CaseFile c = hearingRequested();
        assertThat(c.stage()).isEqualTo(CaseStage.HEARING);
        String task = f.openTask(c.id()).taskId();
        LocalDate earliest = hearings.earliestHearingDate(f.today());
        long officer1 = f.actor("officer1").userId();
        long officer3 = f.actor("officer3").userId();
        refused(c.id(), "hearing.presidingIsInvestigator", () -> workflow.complete(f.actor("head1"), task,
                schedule(officer1, earliest, List.of())));
        refused(c.id(), "hearing.tooManyAgents", () -> workflow.complete(f.actor("head1"), task,
                schedule(officer3, earliest, List.of("甲", "乙", "丙"))));
        String msg = refused(c.id(), "hearing.noticeTooLate", () -> workflow.complete(f.actor("head1"), task,
                schedule(officer3, earliest.minusDays(1), List.of())));
        assertThat(msg).contains(earliest.toString());
        f.step(c.id(), "head1", schedule(officer3, earliest, List.of("律师甲")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_clock_event WHERE case_id = ? AND kind = "
                + "'PAUSE_HEARING' AND end_date IS NULL", Integer.class, c.id())).isEqualTo(1);
        String hold = f.openTask(c.id()).taskId();
        refused(c.id(), "hearing.notYet", () -> workflow.complete(f.actor("officer1"), hold,
                new StepPayload.HoldHearing(true, "笔录", "当事人到场", "复核", "争议", "维持", null)));
        // the decision is refused while the hearing is pending, whatever the route
        clock.setWithEngine(earliest.atTime(10, 0));
        // 听证报告 (Art. 64): without the presiding officer's opinion and proposal the step is refused, naming it
        String noOpinion = refused(c.id(), "field.required", () -> workflow.complete(f.actor("officer1"), hold,
                new StepPayload.HoldHearing(true, "当事人称已自行整改，请求从轻", "当事人本人及代理人律师甲到场",
                        "经复核，整改情况属实，维持原拟处罚", "整改是否到位", " ", null)));
        assertThat(noOpinion).contains("主持人意见及处理建议");
        CaseFile held = f.step(c.id(), "officer1", new StepPayload.HoldHearing(true,
                "当事人称已自行整改，请求从轻", "当事人本人及代理人律师甲到场", "经复核，整改情况属实，维持原拟处罚",
                "整改是否到位", "建议维持原拟处罚", null));
        assertThat(held.stage()).isEqualTo(CaseStage.LEGAL_REVIEW);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_clock_event WHERE case_id = ? AND kind = "
                + "'PAUSE_HEARING' AND end_date IS NOT NULL", Integer.class, c.id())).isEqualTo(1);
        var o = reviews.overview(f.actor("officer1"), c.id());
        assertThat(o.hearing().status()).isEqualTo("HELD");
        assertThat(o.hearing().agents()).containsExactly("律师甲");
        assertThat(o.requirements()).anyMatch(r -> r.code().equals("HEARING_HELD"));
        f.legalReview(c.id(), "reviewer1", ReviewOutcome.AGREE);
        f.deliberate(c.id());
        assertThat(f.step(c.id(), "head1", new StepPayload.Decision(OutcomeType.FINE, new BigDecimal("6000"), null,
                "责令改正", f.today())).stage()).isEqualTo(CaseStage.SERVICE);
    }

    @Test
    void theRequirementLinesAgreeWithTheNoticeTheHearingAndTheRoundsAtEveryStage() {
        // 8,000 yuan on a person (hearing range from 5,000): requested, scheduled, held, reviewed, deliberated
        CaseFile person = reported(PartyKind.NATURAL_PERSON, OutcomeType.FINE, new BigDecimal("8000"), false, false);
        assertThat(line(person.id(), RequirementKind.HEARING).evaluated()).isFalse();
        assertThat(zhLines(person.id())).contains("尚未评估").doesNotContain("不需要");
        f.step(person.id(), "leader1", new StepPayload.CaseReview(true, false, false, "同意"));
        assertThat(line(person.id(), RequirementKind.HEARING).stateKey()).isEqualTo("review.state.noticePending");
        f.step(person.id(), "officer1", new StepPayload.AdvanceNotice(f.today(), ServiceMethod.DIRECT,
                "面积较大，按基准中档", null));
        assertThat(line(person.id(), RequirementKind.HEARING).stateKey())
                .isEqualTo("review.state.hearingRightNotified");
        f.step(person.id(), "officer1", new StepPayload.StatementDefence(false, "当事人申请听证", null, true));
        assertThat(line(person.id(), RequirementKind.HEARING).stateKey()).isEqualTo("review.hearing.status.REQUESTED");
        LocalDate earliest = hearings.earliestHearingDate(f.today());
        f.step(person.id(), "head1", schedule(f.actor("officer3").userId(), earliest, List.of()));
        consistent(person.id());
        clock.setWithEngine(earliest.atTime(10, 0));
        f.step(person.id(), "officer1", new StepPayload.HoldHearing(true, "当事人请求从轻", "当事人到场", "维持",
                "处罚幅度", "建议维持", null));
        assertThat(line(person.id(), RequirementKind.REVIEW).stateKey()).isEqualTo("review.state.awaitingReview");
        f.legalReview(person.id(), "reviewer1", ReviewOutcome.AGREE);
        assertThat(line(person.id(), RequirementKind.REVIEW).stateKey()).isEqualTo("review.state.round.AGREE");
        assertThat(line(person.id(), RequirementKind.DELIBERATION).stateKey())
                .isEqualTo("review.state.awaitingDeliberation");
        f.deliberate(person.id());
        assertThat(line(person.id(), RequirementKind.DELIBERATION).stateKey()).isEqualTo("review.state.deliberated");
        f.step(person.id(), "head1", new StepPayload.Decision(OutcomeType.FINE, new BigDecimal("8000"), null,
                "责令改正", f.today()));
        consistent(person.id());
        assertThat(zhLines(person.id())).contains("听证：需要").contains("已举行").contains("第1轮法制审核：同意")
                .doesNotContain("不需要");

        // 60,000 yuan on an organisation (hearing range from 50,000; above the item's benchmark, a stated departure):
        // notified, not requested, deliberated
        CaseFile org = reported(PartyKind.ORGANIZATION, OutcomeType.FINE, new BigDecimal("60000"), false, true);
        notified(org);
        consistent(org.id());
        f.step(org.id(), "officer1", new StepPayload.StatementDefence(true, null, null));
        assertThat(line(org.id(), RequirementKind.HEARING).stateKey()).isEqualTo("review.state.hearingNotRequested");
        consistent(org.id());
        f.deliberate(org.id());
        consistent(org.id());
        assertThat(zhLines(org.id())).contains("听证：需要").contains("当事人未申请").contains("已作出集体讨论决定");
    }

    /** What the page states for one requirement of the case. */
    private RequirementStatus line(long caseId, RequirementKind kind) {
        CaseFile c = cases.get(f.actor("officer1"), caseId);
        return RequirementStatus.of(reviews.overview(f.actor("officer1"), caseId), c).stream()
                .filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    /** The three lines as the zh-CN page shows them. */
    private String zhLines(long caseId) {
        CaseFile c = cases.get(f.actor("officer1"), caseId);
        StringBuilder b = new StringBuilder();
        for (RequirementStatus r : RequirementStatus.of(reviews.overview(f.actor("officer1"), caseId), c)) {
            b.append(messages.get("review.required." + r.kind(), Messages.ZH_CN)).append("：")
                    .append(!r.evaluated() ? messages.get("review.required.pending", Messages.ZH_CN) : r.required()
                            ? "需要" : "不需要");
            if (r.stateKey() != null) {
                b.append(" · ").append(messages.get(r.stateKey(), Messages.ZH_CN, r.stateArgs().toArray()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** Hearing notified or requested → the hearing line says required; a review round → the review line states it. */
    private void consistent(long caseId) {
        var o = reviews.overview(f.actor("officer1"), caseId);
        CaseFile c = cases.get(f.actor("officer1"), caseId);
        RequirementStatus hearing = line(caseId, RequirementKind.HEARING);
        if (o.notice() != null && o.notice().hearingEligible() || o.hearing() != null) {
            assertThat(hearing.required()).as("hearing line at %s", c.stage()).isTrue();
            assertThat(hearing.stateKey()).as("hearing state at %s", c.stage()).isNotNull();
        }
        if (!o.rounds().isEmpty()) {
            assertThat(line(caseId, RequirementKind.REVIEW).stateKey()).startsWith("review.state.round.");
        }
        if (c.deliberationRequired()) {
            assertThat(line(caseId, RequirementKind.DELIBERATION).stateKey()).isNotNull();
        }
    }

    @Test
    void absentPartyWaivesTheHearingWhichStillLeadsToReview() {
        CaseFile c = hearingRequested();
        LocalDate earliest = hearings.earliestHearingDate(f.today());
        f.step(c.id(), "head1", schedule(f.actor("officer3").userId(), earliest, List.of()));
        clock.setWithEngine(earliest.atTime(15, 0));
        CaseFile absent = f.step(c.id(), "officer1",
                StepPayload.HoldHearing.absent("当事人经合法通知无正当理由未到场"));
        assertThat(absent.statementWaived()).isTrue();
        assertThat(absent.stage()).isEqualTo(CaseStage.LEGAL_REVIEW);
        assertThat(reviews.overview(f.actor("officer1"), c.id()).hearing().status()).isEqualTo("ABSENT");
    }

    @Test
    void waivedHearingGoesOnWithoutReviewButDeliberatesInTheHearingRange() {
        CaseFile c = reported(PartyKind.NATURAL_PERSON, OutcomeType.FINE, new BigDecimal("6000"), false, false);
        notified(c);
        CaseFile waived = f.step(c.id(), "officer1", new StepPayload.StatementDefence(true, null, null));
        assertThat(waived.stage()).isEqualTo(CaseStage.DELIBERATION);
        assertThat(kinds(c.id())).containsExactlyInAnyOrder(RequirementKind.HEARING, RequirementKind.DELIBERATION);
    }

    @Test
    void hearingRequestRefusedWhenNotEligibleOrTooLate() {
        CaseFile small = f.aCaseAtStatement();
        String t1 = f.openTask(small.id()).taskId();
        refused(small.id(), "hearing.notEligible", () -> workflow.complete(f.actor("officer1"), t1,
                new StepPayload.StatementDefence(false, "申请听证", null, true)));
        CaseFile c = reported(PartyKind.NATURAL_PERSON, OutcomeType.FINE, new BigDecimal("6000"), false, false);
        notified(c);
        LocalDate last = hearings.hearingRequestDeadline(f.today());
        clock.setWithEngine(last.plusDays(1).atTime(9, 0));
        String t2 = f.openTask(c.id()).taskId();
        String msg = refused(c.id(), "hearing.requestTooLate", () -> workflow.complete(f.actor("officer1"), t2,
                new StepPayload.StatementDefence(false, "申请听证", null, true)));
        assertThat(msg).contains(last.toString());
    }

    // ---- catalogue administration -------------------------------------------------------------------------------

    @Test
    void catalogueRulesAreValidatedAndAdminOnly() {
        var fine = reviews.catalogue().stream().filter(r -> r.type() == RuleType.FINE_AMOUNT).findFirst()
                .orElseThrow();
        var hearing = reviews.catalogue().stream().filter(r -> r.type() == RuleType.HEARING_HELD).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> reviews.saveRule(f.actor("head1"), fine)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> reviews.saveRule(f.actor("admin"), new CatalogueRule(fine.id(), fine.type(),
                fine.label(), null, fine.thresholdOrg(), null, null, true, null, null)))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("review.rule.thresholdsRequired"));
        assertThatThrownBy(() -> reviews.saveRule(f.actor("admin"), new CatalogueRule(hearing.id(), hearing.type(),
                hearing.label(), null, null, null, hearing.legalBasis(), false, null, null)))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("review.rule.statutory"));
        assertThat(reviews.catalogue()).contains(fine, hearing);
        var listed = reviews.saveRule(f.actor("admin"), new CatalogueRule(null, RuleType.LISTED_ITEM, "违法建设",
                null, null, f.item(), "目录清单第3项", false, null, null));
        assertThat(listed.id()).isNotNull();
        assertThat(listed.updatedBy()).isEqualTo(f.actor("admin").userId());
        assertThat(listed.active()).isFalse();
    }
}
