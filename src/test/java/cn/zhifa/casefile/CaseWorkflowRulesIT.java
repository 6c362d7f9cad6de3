package cn.zhifa.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhifa.casefile.process.OrdinaryProcedure;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CertificateStatus;
import cn.zhifa.organization.NewCertificate;
import cn.zhifa.organization.NewUser;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.Refusals;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.InboxTask;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every rule of the walking system refused in the service layer, with a clear message, and nothing changed: the
 * case, its history, documents, handlers and open tasks are exactly as before the refused call.
 */
@IntegrationTest
class CaseWorkflowRulesIT {

    @Autowired CaseFiles f;
    @Autowired CaseWorkflowService workflow;
    @Autowired CaseFileService cases;
    @Autowired InboxService inbox;
    @Autowired OrganizationService organization;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;

    private static final AtomicInteger SEQ = new AtomicInteger();

    /** A snapshot of everything a step could write for a case. */
    private Map<String, Object> snapshot(long caseId) {
        return Map.of(
                "case", jdbc.queryForMap("SELECT * FROM case_file WHERE id = ?", caseId),
                "history", jdbc.queryForList("SELECT * FROM case_record WHERE case_id = ? ORDER BY seq", caseId),
                "recordHead", jdbc.queryForList("SELECT * FROM case_record_head WHERE case_id = ?", caseId),
                "documents", jdbc.queryForList("SELECT * FROM case_document WHERE case_id = ? ORDER BY id", caseId),
                "handlers", jdbc.queryForList("SELECT * FROM case_handler WHERE case_id = ? ORDER BY user_id", caseId),
                "tasks", jdbc.queryForList("SELECT * FROM task_inbox WHERE case_id = ? ORDER BY task_id", caseId),
                "engineTasks", jdbc.queryForList("SELECT ID_, ASSIGNEE_, TASK_DEF_KEY_ FROM ACT_RU_TASK "
                        + "WHERE PROC_INST_ID_ = (SELECT process_instance_id FROM case_file WHERE id = ?)", caseId),
                "caseNumbers", jdbc.queryForList("SELECT * FROM case_number_seq ORDER BY unit_id, seq_year"));
    }

    /** Asserts the call is refused with {@code code} and that the case is unchanged; returns the zh-CN message. */
    private String refused(long caseId, String code, ThrowingSupplier<?> call) {
        return Refusals.refused(messages, () -> snapshot(caseId), code, call);
    }

    private StepPayload.VerifyLead verifyWith(List<Long> handlers) {
        return new StepPayload.VerifyLead(true, f.item(), f.today(), handlers, "建议立案");
    }

    private UserAccount newUser(String prefix, Role... roles) {
        Actor admin = f.actor("admin");
        return organization.createUser(admin, new NewUser(prefix + SEQ.incrementAndGet() + System.nanoTime() % 100000,
                "password123", prefix, f.actor("officer1").unitId(), null, EnumSet.copyOf(List.of(roles))));
    }

    private UserAccount certified(UserAccount u) {
        organization.addCertificate(f.actor("admin"), new NewCertificate(u.id(), "T" + System.nanoTime(),
                "城市管理综合执法", f.today().minusYears(1), f.today().plusYears(1)));
        return u;
    }

    // ---- discretion benchmark (国办发〔2022〕27号 §十二) ----------------------------------------------------------------

    @Test
    void aFineOutsideTheBenchmarkMustBeStatedAsADepartureAndGoesToTheHeads() {
        CaseFile c = f.aFiledCase();
        f.step(c.id(), "officer1", new StepPayload.Investigate("当事人占道经营，事实清楚",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"))));
        // the demo benchmark of the item: 200–1000 / 1000–5000 / 5000–20000 yuan
        StepPayload.InvestigationReport silent = new StepPayload.InvestigationReport(OutcomeType.FINE,
                new BigDecimal("150"), null, "责令立即改正", "情节轻微", false, null, false, false, null);
        String message = refused(c.id(), "report.benchmarkDepartureUnstated", () -> f.step(c.id(), "officer1", silent));
        assertThat(message).contains("150");
        CaseFile reported = f.step(c.id(), "officer1", f.tiered(c.id(),
                new StepPayload.InvestigationReport(OutcomeType.FINE,
                new BigDecimal("150"), null, "责令立即改正", "情节轻微", false, null, false, true,
                "当事人系残疾人，生活困难，主动消除影响")));
        assertThat(reported.proposedFine()).isEqualByComparingTo("150");
        f.step(c.id(), "leader1", new StepPayload.CaseReview(true, false, false, "同意"));
        f.step(c.id(), "officer1", new StepPayload.AdvanceNotice(f.today(), ServiceMethod.DIRECT));
        f.step(c.id(), "officer1", new StepPayload.StatementDefence(true, null, null));
        assertThat(f.openTask(c.id()).taskKey()).as("a departure goes to collective discussion")
                .isEqualTo(OrdinaryProcedure.TASK_DELIBERATION);
        // within a tier nothing needs stating
        CaseFile other = f.aFiledCase();
        f.step(other.id(), "officer1", new StepPayload.Investigate("当事人占道经营，事实清楚",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"))));
        assertThat(f.step(other.id(), "officer1", f.tiered(other.id(),
                new StepPayload.InvestigationReport(OutcomeType.FINE,
                new BigDecimal("800"), null, "责令立即改正", "一般情形", false, null, false, false, null)))
                .proposedFine()).isEqualByComparingTo("800");
    }

    // ---- handlers: ≥2 certified officers, never an auxiliary -----------------------------------------------

    @Test
    void fewerThanTwoHandlersIsRefused() {
        var c = f.aLead();
        String task = f.openTask(c.id()).taskId();
        String msg = refused(c.id(), "handlers.tooFew", () -> workflow.complete(f.actor("officer1"), task,
                verifyWith(List.of(f.actor("officer1").userId()))));
        assertThat(msg).contains("2");
        // the same officer twice is still one handler
        refused(c.id(), "handlers.tooFew", () -> workflow.complete(f.actor("officer1"), task,
                verifyWith(List.of(f.actor("officer1").userId(), f.actor("officer1").userId()))));
    }

    @Test
    void auxiliaryCanNeverBeAHandler() {
        var c = f.aLead();
        String task = f.openTask(c.id()).taskId();
        String msg = refused(c.id(), "handlers.auxiliary", () -> workflow.complete(f.actor("officer1"), task,
                verifyWith(List.of(f.actor("officer1").userId(), f.actor("aux1").userId()))));
        assertThat(msg).contains("赵敏");
    }

    @Test
    void officerWithoutValidCertificateIsRefused() {
        var c = f.aLead();
        String task = f.openTask(c.id()).taskId();
        UserAccount uncertified = newUser("nocert", Role.OFFICER);
        refused(c.id(), "handlers.noCertificate", () -> workflow.complete(f.actor("officer1"), task,
                verifyWith(List.of(f.actor("officer1").userId(), uncertified.id()))));

        UserAccount suspended = certified(newUser("susp", Role.OFFICER));
        long certId = organization.certificates(suspended.id()).get(0).id();
        organization.setCertificateStatus(f.actor("admin"), certId, CertificateStatus.SUSPENDED);
        refused(c.id(), "handlers.noCertificate", () -> workflow.complete(f.actor("officer1"), task,
                verifyWith(List.of(f.actor("officer1").userId(), suspended.id()))));
    }

    @Test
    void handlerFromAnotherUnitIsRefused() {
        var c = f.aLead();
        String task = f.openTask(c.id()).taskId();
        refused(c.id(), "handlers.otherUnit", () -> workflow.complete(f.actor("officer1"), task,
                verifyWith(List.of(f.actor("officer1").userId(), f.actor("wj_officer1").userId()))));
    }

    @Test
    void certificateRevokedAfterFilingStopsInvestigation() {
        UserAccount second = certified(newUser("revk", Role.OFFICER));
        var c = f.aLead();
        f.step(c.id(), "officer1", verifyWith(List.of(f.actor("officer1").userId(), second.id())));
        f.step(c.id(), "head1", new StepPayload.ApproveFiling(true, null));
        organization.setCertificateStatus(f.actor("admin"), organization.certificates(second.id()).get(0).id(),
                CertificateStatus.REVOKED);
        String task = f.openTask(c.id()).taskId();
        refused(c.id(), "handlers.noCertificate", () -> workflow.complete(f.actor("officer1"), task,
                new StepPayload.Investigate("事实", List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD",
                        "现场检查笔录")))));
    }

    // ---- separation of duties --------------------------------------------------------------------------------

    @Test
    void filingApproverAndDecidingHeadAreNotHandlers() {
        UserAccount headOfficer = certified(newUser("headofficer", Role.HEAD, Role.OFFICER));
        Actor ho = headOfficer.toActor();
        var c = f.aLead();
        f.step(c.id(), "officer1", verifyWith(List.of(f.actor("officer1").userId(), headOfficer.id())));
        String filing = f.openTask(c.id()).taskId();
        refused(c.id(), "filing.approverIsHandler", () -> workflow.complete(ho, filing,
                new StepPayload.ApproveFiling(true, null)));

        f.step(c.id(), "head1", new StepPayload.ApproveFiling(true, null));
        f.step(c.id(), "officer1", new StepPayload.Investigate("事实清楚",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"))));
        f.step(c.id(), "officer1", f.tiered(c.id(),
                new StepPayload.InvestigationReport(OutcomeType.FINE, CaseFiles.FINE, null,
                "责令改正", "一般情形", false, null, false)));
        f.step(c.id(), "leader1", new StepPayload.CaseReview(true, false, false, "同意"));
        f.step(c.id(), "officer1", new StepPayload.AdvanceNotice(f.today(), ServiceMethod.DIRECT));
        f.step(c.id(), "officer1", new StepPayload.StatementDefence(true, null, null));
        String decision = f.openTask(c.id()).taskId();
        refused(c.id(), "decision.deciderIsHandler", () -> workflow.complete(ho, decision,
                f.fineDecision(CaseFiles.FINE)));
    }

    @Test
    void nonHeadCannotApproveFilingOrDecide() {
        var c = f.aCaseAwaitingFiling();
        String task = f.openTask(c.id()).taskId();
        refused(c.id(), "task.notCandidate", () -> workflow.complete(f.actor("officer3"), task,
                new StepPayload.ApproveFiling(true, null)));
    }

    // ---- advance notice before decision; never heavier than notified ---------------------------------------------

    @Test
    void noDecisionWithoutServedAdvanceNotice() {
        var c = f.aCaseAtDecision();
        String task = f.openTask(c.id()).taskId();
        // a case whose notice record is missing (e.g. imported or corrupted) still cannot be decided
        jdbc.update("UPDATE case_file SET notice_served_date = NULL WHERE id = ?", c.id());
        String msg = refused(c.id(), "decision.noNotice", () -> workflow.complete(f.actor("head1"), task,
                f.fineDecision(CaseFiles.FINE)));
        assertThat(msg).contains("事先告知");
    }

    @Test
    void decisionHeavierThanNotifiedIsRefused() {
        var c = f.aCaseAtDecision();
        String task = f.openTask(c.id()).taskId();
        refused(c.id(), "decision.heavierThanNotified", () -> workflow.complete(f.actor("head1"), task,
                f.fineDecision(new BigDecimal("500.01"))));
        var decided = workflow.complete(f.actor("head1"), task, f.fineDecision(new BigDecimal("300.00")));
        assertThat(decided.decidedFine()).isEqualByComparingTo("300.00");
        assertThat(decided.stage()).isEqualTo(CaseStage.SERVICE);
    }

    @Test
    void penaltyWithoutCorrectionOrderIsRefused() {
        var c = f.aCaseAtDecision();
        String task = f.openTask(c.id()).taskId();
        refused(c.id(), "outcome.correctionOrderRequired", () -> workflow.complete(f.actor("head1"), task,
                new StepPayload.Decision(OutcomeType.FINE, CaseFiles.FINE, null, " ", f.today())));
    }

    @Test
    void majorCaseNeedsAgreeingLegalReviewByANonHandler() {
        UserAccount reviewerOfficer = certified(newUser("revoff", Role.LEGAL_REVIEWER, Role.OFFICER));
        var c = f.aLead();
        f.step(c.id(), "officer1", verifyWith(List.of(f.actor("officer1").userId(), reviewerOfficer.id())));
        f.step(c.id(), "head1", new StepPayload.ApproveFiling(true, null));
        f.step(c.id(), "officer1", new StepPayload.Investigate("事实清楚",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"))));
        f.step(c.id(), "officer1", f.tiered(c.id(),
                new StepPayload.InvestigationReport(OutcomeType.FINE, CaseFiles.FINE, null,
                "责令改正", "一般情形", true, "涉及重大公共利益", false)));
        f.step(c.id(), "leader1", new StepPayload.CaseReview(true, false, false, "同意"));
        // 住建部令55 order: notice and statement come before the legal review
        f.step(c.id(), "officer1", new StepPayload.AdvanceNotice(f.today(), ServiceMethod.DIRECT));
        f.step(c.id(), "officer1", new StepPayload.StatementDefence(true, null, null));
        assertThat(cases.get(f.actor("officer1"), c.id()).stage()).isEqualTo(CaseStage.LEGAL_REVIEW);
        String review = f.openTask(c.id()).taskId();
        var agree = new StepPayload.LegalReview(ReviewOutcome.AGREE, CaseFiles.checklist(), "同意");
        refused(c.id(), "legalReview.reviewerIsHandler", () -> workflow.complete(reviewerOfficer.toActor(), review,
                agree));
        refused(c.id(), "task.notCandidate", () -> workflow.complete(f.actor("officer3"), review, agree));
        var back = f.legalReview(c.id(), "reviewer1", ReviewOutcome.SUPPLEMENT, ReviewPoint.FACTS_EVIDENCE);
        assertThat(back.stage()).isEqualTo(CaseStage.INVESTIGATION);
        assertThat(back.legalReviewPassed()).isFalse();
    }

    @Test
    void caseReviewerCannotUnmarkMajorAndMajorNeedsReviewBeforeDecision() {
        var c = f.aReportedCase(true, false);
        var reviewed = f.step(c.id(), "leader1", new StepPayload.CaseReview(true, false, false, "同意"));
        assertThat(reviewed.major()).isTrue();
        f.step(c.id(), "officer1", new StepPayload.AdvanceNotice(f.today(), ServiceMethod.DIRECT));
        var heard = f.step(c.id(), "officer1", new StepPayload.StatementDefence(false, "当事人称已整改",
                "经复核，陈述不影响认定"));
        assertThat(heard.stage()).isEqualTo(CaseStage.LEGAL_REVIEW);
        var agreed = f.legalReview(c.id(), "reviewer1", ReviewOutcome.AGREE);
        assertThat(agreed.legalReviewPassed()).isTrue();
        assertThat(agreed.stage()).isEqualTo(CaseStage.DECISION);
        String decision = f.openTask(c.id()).taskId();
        jdbc.update("UPDATE case_file SET legal_review_passed = FALSE WHERE id = ?", c.id());
        refused(c.id(), "decision.noLegalReview", () -> workflow.complete(f.actor("head1"), decision,
                f.fineDecision(CaseFiles.FINE)));
    }

    // ---- who may claim and complete ---------------------------------------------------------------------------

    @Test
    void onlyCandidatesMayClaimOrComplete() {
        var c = f.aFiledCase();
        InboxTask task = f.openTask(c.id());
        // officer3 is an officer of the unit but not a handler of this case
        refused(c.id(), "task.notCandidate", () -> inbox.claim(f.actor("officer3"), task.taskId()));
        refused(c.id(), "task.notCandidate", () -> workflow.complete(f.actor("officer3"), task.taskId(),
                new StepPayload.Investigate("x", List.of(new StepPayload.DocumentInput("A", "B")))));
        inbox.claim(f.actor("officer2"), task.taskId());
        String msg = refused(c.id(), "task.claimedByOther", () -> inbox.claim(f.actor("officer1"), task.taskId()));
        assertThat(msg).contains("李娜");
        refused(c.id(), "task.claimedByOther", () -> workflow.complete(f.actor("officer1"), task.taskId(),
                new StepPayload.Investigate("x", List.of(new StepPayload.DocumentInput("A", "B")))));
        refused(c.id(), "task.notAssignee", () -> inbox.unclaim(f.actor("officer1"), task.taskId()));
        inbox.unclaim(f.actor("officer2"), task.taskId());
        assertThat(f.openTask(c.id()).assigneeId()).isNull();
    }

    @Test
    void wrongPayloadForTaskIsRefused() {
        var c = f.aLead();
        String task = f.openTask(c.id()).taskId();
        refused(c.id(), "task.wrongPayload", () -> workflow.complete(f.actor("officer1"), task,
                new StepPayload.ApproveFiling(true, null)));
    }

    // ---- data scope --------------------------------------------------------------------------------------------

    @Test
    void usersSeeOnlyTheirUnitsCasesSupervisorsSeeAll() {
        var c = f.aLead();
        refused(c.id(), "case.notFound", () -> cases.view(f.actor("wj_officer1"), c.id()));
        String task = f.openTask(c.id()).taskId();
        refused(c.id(), "case.notFound", () -> workflow.complete(f.actor("wj_officer1"), task,
                verifyWith(List.of(f.actor("wj_officer1").userId(), f.actor("wj_officer2").userId()))));
        assertThat(cases.search(f.actor("wj_officer1"), CaseQuery.all())).noneMatch(s -> s.id() == c.id());
        assertThat(inbox.inbox(f.actor("wj_officer1"), 0, 200)).noneMatch(t -> t.caseId() == c.id());
        assertThat(cases.view(f.actor("supervisor1"), c.id()).caseFile().id()).isEqualTo(c.id());
        assertThat(cases.search(f.actor("supervisor1"),
                new CaseQuery(null, "测试当事人", null, null, null, 0, 500))).anyMatch(s -> s.id() == c.id());
    }

    // ---- bad input changes nothing ----------------------------------------------------------------------------

    @Test
    void badLeadIsRefusedAndNothingIsWritten() {
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Integer.class);
        var bad = new NewLead(cn.zhifa.casefile.LeadSource.INSPECTION, "占道", null, f.today(), null, null,
                List.of(new Party(PartyKind.NATURAL_PERSON, "某", IdType.ID_CARD, "12345", null, null)));
        assertThatThrownBy(() -> cases.registerLead(f.actor("officer1"), bad)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("party.badIdCard");
        var future = new NewLead(cn.zhifa.casefile.LeadSource.INSPECTION, "占道", null, f.today().plusDays(1), null,
                null, List.of());
        assertThatThrownBy(() -> cases.registerLead(f.actor("officer1"), future))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("date.inFuture");
        assertThatThrownBy(() -> cases.registerLead(f.actor("supervisor1"), f.lead("x")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("permission.denied");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Integer.class)).isEqualTo(before);
    }

    // ---- the whole path ------------------------------------------------------------------------------------------

    @Test
    void archivedCaseIsReadOnlyAndFullyRecorded() {
        var c = f.anArchivedCase();
        assertThat(c.isReadOnly()).isTrue();
        assertThat(c.archivedAt()).isNotNull();
        assertThat(c.caseNo()).matches("朝综执立字〔\\d{4}〕第\\d{4}号");
        var view = cases.view(f.actor("officer1"), c.id());
        assertThat(view.openTasks()).isEmpty();
        // the steps (the record also holds each document created and each task claimed or given back)
        var steps = view.history().stream().filter(h -> !h.action().startsWith("DOCUMENT_")
                && !h.action().startsWith("DOSSIER_") && !h.action().startsWith("TASK_")).toList();
        assertThat(steps).extracting(StageChange::action).containsExactly("LEAD_REGISTERED",
                "VERIFIED_TO_FILE", "FILED", "INVESTIGATED", "INVESTIGATION_REPORTED", "REVIEW_APPROVED",
                "NOTICE_SERVED", "STATEMENT_WAIVED", "DECIDED", "PUBLICATION_DRAFTED", "SERVED", "PAYMENT_RECORDED", "CLOSING_APPROVED");
        assertThat(steps.get(steps.size() - 1).toStage()).isEqualTo(CaseStage.ARCHIVED);
        assertThat(view.history()).extracting(StageChange::action).contains("DOCUMENT_CREATED");
        assertThat(view.documents()).extracting(CaseDocument::docType).contains("FILING_APPROVAL_FORM",
                "INVESTIGATION_REPORT", "ADVANCE_NOTICE", "DECISION", "SERVICE_RECEIPT", "CLOSING_APPROVAL_FORM");
        // engine history FULL: the process instance is finished
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE ID_ = ? AND END_TIME_ IS NOT NULL",
                Integer.class, c.processInstanceId())).isEqualTo(1);
    }

    @Test
    void notFiledCaseEndsWithReason() {
        var c = f.aCaseAwaitingFiling();
        String task = f.openTask(c.id()).taskId();
        refused(c.id(), "field.required", () -> workflow.complete(f.actor("head1"), task,
                new StepPayload.ApproveFiling(false, "  ")));
        var done = f.step(c.id(), "head1", new StepPayload.ApproveFiling(false, "不属于本机关管辖，已告知举报人"));
        assertThat(done.stage()).isEqualTo(CaseStage.NOT_FILED);
        assertThat(done.caseNo()).isNull();
        assertThat(done.notFiledReason()).contains("管辖");
        assertThat(inbox.openTasksOfCase(c.id())).isEmpty();
    }
}
