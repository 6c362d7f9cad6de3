package cn.zhifa.casefile;

import static cn.zhifa.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.document.ChineseAmount;
import cn.zhifa.document.DocumentService;
import cn.zhifa.document.DocumentType;
import cn.zhifa.document.GeneratedDocument;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The execution end-game of a fine case (issue #12 item 3 and the finality of item 2; decision record 0021) on the
 * controlled clock: payment window → surcharge → 催告 → 10 working days → application to the court → ruling → close;
 * and each refusal with its reason and nothing changed.
 */
@IntegrationTest
class ExecutionEndGameIT {

    static final BigDecimal FINE = CaseFiles.FINE; // 500.00

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;
    @Autowired ExecutionService execution;
    @Autowired EnforcementService enforcement;
    @Autowired CaseFileService cases;
    @Autowired CaseClockService caseClock;
    @Autowired Messages messages;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired DocumentService documents;

    private String docx(GeneratedDocument d) throws Exception {
        byte[] bytes = documents.file(f.actor("head1"), d.versionId(), DocumentService.Format.DOCX).bytes();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(bytes));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            return text.getText().replaceAll("\\s", "");
        }
    }

    /**
     * The head-and-officer a test creates leaves the shared database's unit as it found it: a fifth enabled head would
     * change the quorum of every later collective discussion in this context, and an active certificate of a disabled
     * account would be expected on the public officers' list. The account is disabled and its certificate revoked.
     */
    @org.junit.jupiter.api.AfterEach
    void retireCreatedHeads() {
        jdbc.update("UPDATE certificate SET status = 'REVOKED' WHERE user_id IN "
                + "(SELECT id FROM app_user WHERE username LIKE 'hdo%')");
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username LIKE 'hdo%'");
    }

    private void today(String day) {
        clock.setMorningOf(day);
    }

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    private Supplier<Object> snapshot(long caseId) {
        return () -> List.of(cases.view(f.actor("head1"), caseId), execution.status(f.actor("head1"), caseId),
                caseClock.deadlines(f.actor("head1"), caseId));
    }

    private ExecutionStatus status(long caseId) {
        return execution.status(f.actor("officer1"), caseId).orElseThrow();
    }

    private CaseDeadline deadline(long caseId, DeadlineKind kind) {
        return caseClock.deadlines(f.actor("officer1"), caseId).stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no deadline " + kind));
    }

    private List<String> actions(long caseId) {
        return cases.view(f.actor("head1"), caseId).history().stream().map(StageChange::action).toList();
    }

    /** A fine of 500 decided and served directly today. */
    private long servedFine() {
        CaseFile c = f.aCaseAtExecution();
        assertThat(c.stage()).isEqualTo(CaseStage.EXECUTION);
        return c.id();
    }

    private ExecutionService.PaymentInput payment(String receipt, String fine, String surcharge) {
        return new ExecutionService.PaymentInput(receipt, new BigDecimal(fine), new BigDecimal(surcharge), f.today());
    }

    @Test
    void paymentWindowSurchargeDemandCourtRulingClose() throws Exception {
        today("2026-03-02");
        long id = servedFine();
        ExecutionStatus x = status(id);
        // 15 calendar days from service (2 Mar) → Tue 17 Mar 2026; remedy windows: 60 days → 1 May (holiday) → 6 May;
        // 6 months → Wed 2 Sep 2026: the decision becomes final on 3 Sep; the court window ends 3 months later
        assertThat(x.paymentDue()).isEqualTo("2026-03-17");
        assertThat(x.remedyWindowsEnd()).isEqualTo("2026-09-02");
        assertThat(x.finalOn()).isNull();
        assertThat(x.courtBy()).isEqualTo("2026-12-02");
        assertThat(deadline(id, DeadlineKind.PAYMENT).due()).isEqualTo("2026-03-17");

        // no 催告 inside the payment window
        refused(messages, snapshot(id), "execution.demandTooEarly",
                () -> enforcement.issueDemand(f.actor("officer1"), id, "催字〔2026〕1号", null));

        // a part payment inside the window; the receipt number is needed, and once only
        today("2026-03-10");
        refused(messages, snapshot(id), "field.required",
                () -> execution.pay(f.actor("officer1"), id, payment(" ", "200", "0")));
        refused(messages, snapshot(id), "execution.fineOverpaid",
                () -> execution.pay(f.actor("officer1"), id, payment("R-001", "600", "0")));
        x = execution.pay(f.actor("officer1"), id, payment("R-001", "200", "0"));
        assertThat(x.finePaid()).isEqualByComparingTo("200");
        assertThat(x.fineOutstanding()).isEqualByComparingTo("300");
        assertThat(x.surcharge().amount()).isEqualByComparingTo("0");
        refused(messages, snapshot(id), "execution.duplicateReceipt",
                () -> execution.pay(f.actor("officer1"), id, payment("R-001", "100", "0")));
        assertThat(cases.get(f.actor("officer1"), id).paidAmount()).isEqualByComparingTo("200");

        // 10 days after the deadline: 3 % of the fine per day = 150; nothing more may be paid on it than that
        today("2026-03-27");
        x = status(id);
        assertThat(x.surcharge().days()).isEqualTo(10);
        assertThat(x.surcharge().amount()).isEqualByComparingTo("150");
        assertThat(x.outstanding()).isEqualByComparingTo("450");
        refused(messages, snapshot(id), "execution.surchargeOverpaid",
                () -> execution.pay(f.actor("officer1"), id, payment("R-002", "0", "151")));
        assertThat(deadline(id, DeadlineKind.COURT_APPLICATION).due()).isEqualTo("2026-12-02");

        // before finality the court may not be asked (and there is no 催告 yet)
        refused(messages, snapshot(id), "execution.notFinal",
                () -> enforcement.applyToCourt(f.actor("head1"), id, "朝阳区人民法院", "强申〔2026〕1号", null));

        // day 34 and after: the surcharge is capped at the fine
        today("2026-08-27");
        x = status(id);
        assertThat(x.surcharge().capped()).isTrue();
        assertThat(x.surcharge().amount()).isEqualByComparingTo("500");

        // 催告: issued with its number and served directly on Thu 27 Aug; 10 working days → Thu 10 Sep
        enforcement.issueDemand(f.actor("officer1"), id, "催字〔2026〕1号", "限十日内缴纳罚款及加处罚款");
        // the 催告书 itself (行政强制法 Art. 35): the decision it enforces, what is owed today in capitals and figures,
        // ten days from its service, how to pay, the right to state and defend; its 送达回证 leaves method and time blank
        ExecutionStatus owed = status(id);
        List<GeneratedDocument> docs = documents.list(f.actor("officer1"), id);
        GeneratedDocument demandDoc = docs.stream().filter(d -> d.type() == DocumentType.DEMAND_NOTICE).findFirst()
                .orElseThrow();
        assertThat(demandDoc.docNo()).isEqualTo("催字〔2026〕1号");
        assertThat(docx(demandDoc)).contains("催告书", "催字〔2026〕1号", "《行政处罚决定书》（", "罚决字〔2026〕",
                "罚款" + ChineseAmount.of(owed.fineOutstanding()),
                "加处罚款" + ChineseAmount.of(owed.surchargeOutstanding()), "合计" + ChineseAmount.of(owed.outstanding()),
                "自收到本催告书之日起十日内", "陈述和申辩", "申请人民法院强制执行");
        GeneratedDocument demandReceipt = docs.stream().filter(d -> d.type() == DocumentType.SERVICE_RECEIPT
                && "送达回证（催告书）".equals(d.title())).findFirst().orElseThrow();
        assertThat(docx(demandReceipt)).contains("催告书（催字〔2026〕1号）").doesNotContain("直接送达", "2026年3月");
        refused(messages, snapshot(id), "execution.demandNotYetServed",
                () -> enforcement.issueDemand(f.actor("officer1"), id, "催字〔2026〕2号", null));
        x = enforcement.serveDemand(f.actor("officer1"), id, ServiceMethod.DIRECT, f.today(), null, null);
        assertThat(x.demand().servedDate()).isEqualTo("2026-08-27");
        assertThat(x.demandPeriodEnd()).isEqualTo("2026-09-10");
        assertThat(deadline(id, DeadlineKind.DEMAND).due()).isEqualTo("2026-09-10");
        assertThat(deadline(id, DeadlineKind.DEMAND).open()).isTrue();

        // final from 3 Sep, but the 催告 period runs until 10 Sep inclusive
        today("2026-09-02");
        refused(messages, snapshot(id), "execution.notFinal",
                () -> enforcement.applyToCourt(f.actor("head1"), id, "朝阳区人民法院", "强申〔2026〕1号", null));
        today("2026-09-10");
        assertThat(status(id).finalOn()).isEqualTo("2026-09-03");
        refused(messages, snapshot(id), "execution.demandPeriodRunning",
                () -> enforcement.applyToCourt(f.actor("head1"), id, "朝阳区人民法院", "强申〔2026〕1号", null));
        // the application is signed by the head (Art. 55)
        refused(messages, snapshot(id), "permission.denied",
                () -> enforcement.applyToCourt(f.actor("officer1"), id, "朝阳区人民法院", "强申〔2026〕1号", null));

        today("2026-09-11");
        x = enforcement.applyToCourt(f.actor("head1"), id, "朝阳区人民法院", "强申〔2026〕1号", "当事人经催告仍未履行");
        assertThat(x.court().actDate()).isEqualTo("2026-09-11");
        // its 强制执行申请书 (Art. 55): the court, the decision with its facts and bases, the 催告 made and served, what
        // is to be enforced, the signing head
        GeneratedDocument application = documents.list(f.actor("head1"), id).stream()
                .filter(d -> d.type() == DocumentType.ENFORCEMENT_APPLICATION).findFirst().orElseThrow();
        assertThat(application.docNo()).isEqualTo("强申〔2026〕1号");
        assertThat(docx(application)).contains("强制执行申请书", "强申〔2026〕1号", "朝阳区人民法院：", "测试当事人",
                "《行政处罚决定书》（", "当事人占道经营", "催告书（催字〔2026〕1号），于2026年8月27日送达当事人",
                "催告期限至2026年9月10日届满", "合计" + ChineseAmount.of(x.outstanding()), "第五十三条、第五十五条",
                f.actor("head1").displayName());
        assertThat(deadline(id, DeadlineKind.COURT_APPLICATION).open()).isFalse();
        assertThat(deadline(id, DeadlineKind.DEMAND).open()).isFalse();
        refused(messages, snapshot(id), "execution.noAcceptedApplication",
                () -> enforcement.courtRuled(f.actor("officer1"), id, f.today(), CourtRuling.ENFORCE, "准予执行"));

        today("2026-09-14");
        enforcement.courtAccepted(f.actor("officer1"), id, f.today(), "（2026）京0105行审123号");
        // unpaid and not ruled: the case cannot close yet
        assertThat(status(id).settled()).isFalse();

        today("2026-09-28");
        x = enforcement.courtRuled(f.actor("officer1"), id, f.today(), CourtRuling.ENFORCE, "裁定准予强制执行");
        assertThat(x.settled()).isTrue();
        assertThat(x.concludedByCourt()).isTrue();

        f.step(id, "officer1", new StepPayload.Execution(null, null, "人民法院已裁定准予强制执行"));
        CaseFile closed = f.step(id, "head1", new StepPayload.ClosingApproval(true, "经法院裁定，同意结案"));
        assertThat(closed.stage()).isEqualTo(CaseStage.ARCHIVED);
        assertThat(actions(id)).containsSubsequence("PAYMENT_RECEIVED", "DEMAND_ISSUED", "DEMAND_SERVED",
                "COURT_APPLIED", "COURT_ACCEPTED", "COURT_RULED", "CLOSING_APPROVED");
    }

    @Test
    void anUnpaidFineCannotBeClosed() {
        today("2026-03-02");
        long id = servedFine();
        today("2026-03-05");
        execution.pay(f.actor("officer1"), id, payment("R-101", "100", "0"));
        // once the ledger holds payments the execution step records none of its own
        refused(messages, snapshot(id), "execution.paymentsInLedger",
                () -> f.step(id, "officer1", new StepPayload.Execution(FINE, f.today(), null)));
        f.step(id, "officer1", new StepPayload.Execution(null, null, "当事人部分缴纳"));
        String zh = refused(messages, snapshot(id), "closing.executionNotSettled",
                () -> f.step(id, "head1", new StepPayload.ClosingApproval(true, "同意结案")));
        assertThat(zh).contains("400");
        // paid in full (still inside the payment window: no surcharge) → the case closes
        execution.pay(f.actor("officer1"), id, payment("R-102", "400", "0"));
        assertThat(status(id).fullyPaid()).isTrue();
        assertThat(f.step(id, "head1", new StepPayload.ClosingApproval(true, "已全部缴纳")).stage())
                .isEqualTo(CaseStage.ARCHIVED);
    }

    @Test
    void noCourtApplicationMoreThanThreeMonthsAfterTheRemedyWindows() {
        today("2026-03-02");
        long id = servedFine();
        today("2026-12-01");
        enforcement.issueDemand(f.actor("officer1"), id, "催字〔2026〕9号", null);
        enforcement.serveDemand(f.actor("officer1"), id, ServiceMethod.DIRECT, f.today(), null, null);
        today("2026-12-16"); // the 催告 period ended on 15 Dec; the window on 2 Dec
        String zh = refused(messages, snapshot(id), "execution.courtWindowLapsed",
                () -> enforcement.applyToCourt(f.actor("head1"), id, "朝阳区人民法院", "强申〔2026〕9号", null));
        assertThat(zh).contains("2026-12-02");
    }

    @Test
    void deferralNeedsAHeadWhoIsNotAHandlerAndMovesTheDeadline() {
        today("2026-03-02");
        UserAccount headOfficer = f.aHeadWhoIsAnOfficer("hdo");
        CaseFile c = f.aLead();
        long id = c.id();
        f.step(id, "officer1", new StepPayload.VerifyLead(true, f.item(), f.today(),
                List.of(f.actor("officer1").userId(), headOfficer.id()), "建议立案"));
        f.step(id, "head1", new StepPayload.ApproveFiling(true, "同意立案"));
        f.step(id, "officer1", new StepPayload.Investigate("事实清楚",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"))));
        f.step(id, "officer1", f.tiered(id,
                new StepPayload.InvestigationReport(OutcomeType.FINE, FINE, null, "责令改正", "一般情形",
                false, null, false)));
        f.step(id, "leader1", new StepPayload.CaseReview(true, false, false, "同意"));
        f.step(id, "officer1", new StepPayload.AdvanceNotice(f.today(), ServiceMethod.DIRECT));
        f.step(id, "officer1", new StepPayload.StatementDefence(true, null, null));
        f.step(id, "head1", f.fineDecision(FINE));
        f.step(id, "officer1", new StepPayload.Service(f.today(), ServiceMethod.DIRECT));

        today("2026-03-12");
        ExecutionStatus x = execution.applyForDeferral(f.actor("officer1"), id, ExecutionActKind.DEFERRAL, f.today(),
                30, null, "当事人经营困难，申请延期三十日缴纳");
        long actId = x.pendingApplication().id();
        refused(messages, snapshot(id), "execution.applicationPending",
                () -> execution.applyForDeferral(f.actor("officer1"), id, ExecutionActKind.DEFERRAL, f.today(), 10,
                        null, "再次申请"));
        // the handler who is also a head may not approve it
        refused(messages, snapshot(id), "execution.deferralApproverIsHandler",
                () -> execution.decideDeferral(headOfficer.toActor(), id, actId, true, "同意"));
        x = execution.decideDeferral(f.actor("head2"), id, actId, true, "同意延期");
        // 17 Mar + 30 calendar days = Thu 16 Apr 2026
        assertThat(x.paymentDue()).isEqualTo("2026-04-16");
        assertThat(x.deferred()).isTrue();
        assertThat(deadline(id, DeadlineKind.PAYMENT).due()).isEqualTo("2026-04-16");
        // within the deferral: no surcharge and no 催告
        today("2026-04-10");
        assertThat(status(id).surcharge().amount()).isEqualByComparingTo("0");
        refused(messages, snapshot(id), "execution.demandTooEarly",
                () -> enforcement.issueDemand(f.actor("officer1"), id, "催字〔2026〕3号", null));

        // instalments: 2 parts every 20 days from the deferred deadline
        x = execution.applyForDeferral(f.actor("officer1"), id, ExecutionActKind.INSTALMENTS, f.today(), 20, 2,
                "仍有困难，申请分两期缴纳");
        x = execution.decideDeferral(f.actor("head2"), id, x.pendingApplication().id(), true, null);
        assertThat(x.schedule()).extracting(ExecutionStatus.Instalment::due)
                .containsExactly(LocalDate.parse("2026-05-06"), LocalDate.parse("2026-05-26"));
        assertThat(x.schedule()).extracting(ExecutionStatus.Instalment::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("250"), new BigDecimal("250"));
        assertThat(x.paymentDue()).isEqualTo("2026-05-26");

        // lawful termination: a head who is not a handler, with a ground from the list (reasons for "other")
        refused(messages, snapshot(id), "execution.terminationApproverIsHandler",
                () -> execution.terminate(headOfficer.toActor(), id, TerminationGround.PARTY_DIED_NO_ESTATE, null));
        refused(messages, snapshot(id), "field.required",
                () -> execution.terminate(f.actor("head2"), id, TerminationGround.OTHER, " "));
        x = execution.terminate(f.actor("head2"), id, TerminationGround.PARTY_DIED_NO_ESTATE, "当事人已死亡，无遗产");
        assertThat(x.settled()).isTrue();
        f.step(id, "officer1", new StepPayload.Execution(null, null, "依法终结执行"));
        assertThat(f.step(id, "head1", new StepPayload.ClosingApproval(true, "终结执行，同意结案")).stage())
                .isEqualTo(CaseStage.ARCHIVED);
        assertThat(cases.view(f.actor("head1"), id).history().stream()
                .filter(h -> h.action().equals("EXECUTION_TERMINATED")).findFirst().orElseThrow().text())
                .contains("公民死亡，无遗产可供执行").doesNotContain("PARTY_DIED_NO_ESTATE");
        assertThat(actions(id)).containsSubsequence("DEFERRAL_APPLIED", "DEFERRAL_APPROVED", "INSTALMENTS_APPLIED",
                "INSTALMENTS_APPROVED", "EXECUTION_TERMINATED", "CLOSING_APPROVED");
    }
}
