package cn.zhifa.summary;

import static cn.zhifa.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseClockService;
import cn.zhifa.casefile.CaseDeadline;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.CourtRuling;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.EnforcementService;
import cn.zhifa.casefile.ExecutionService;
import cn.zhifa.casefile.ExecutionStatus;
import cn.zhifa.casefile.IdType;
import cn.zhifa.casefile.PartyKind;
import cn.zhifa.casefile.ServiceMethod;
import cn.zhifa.casefile.StageChange;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.Messages;
import cn.zhifa.summary.process.SummaryProcedure;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.InboxTask;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A summary-procedure fine not collected on the spot (行政处罚法 Art. 67; issue #12 item 3; decision record 0031) on
 * the controlled clock: paid at the bank within 15 days → the case closes; unpaid → surcharge → 催告 → the court →
 * closes only then; closing refused while unpaid with nothing changed. Collected on the spot keeps its path.
 */
@IntegrationTest
class SummaryFinePaidLaterIT {

    @Autowired SummaryProcedureService summaries;
    @Autowired ExecutionService execution;
    @Autowired EnforcementService enforcement;
    @Autowired CaseFileService cases;
    @Autowired CaseClockService caseClock;
    @Autowired InboxService inbox;
    @Autowired Messages messages;
    @Autowired CaseFiles f;
    @Autowired MutableClock clock;
    @Autowired cn.zhifa.document.DocumentService documents;

    @AfterEach
    void realTime() {
        clock.resetWithEngine();
    }

    private void today(String day) {
        clock.setWithEngine(LocalDate.parse(day).atTime(9, 0));
    }

    private Actor a(String user) {
        return f.actor(user);
    }

    /** A person fined 200 yuan on the spot (the Art. 51 maximum), not collected: paid later at the bank. */
    private SummaryCase decided(boolean collect, String fine) {
        return summaries.decide(a("officer1"), new OnTheSpotPenalty(PartyKind.NATURAL_PERSON, "银行缴款当事人",
                IdType.ID_CARD, null, "13800000002", "在朝阳路12号店外占道经营", true,
                "《城市市容和环境卫生管理条例》第三十六条", "朝阳路12号", null, null, PenaltyKind.FINE, new BigDecimal(fine),
                a("officer2").userId(), true, "承认占道", false, true, collect,
                collect ? CollectionReason.SMALL_AMOUNT : null, collect ? "财S-0001" : null, null, null));
    }

    private ExecutionStatus status(long id) {
        return execution.status(a("officer1"), id).orElseThrow();
    }

    private CaseDeadline deadline(long id, DeadlineKind kind) {
        return caseClock.deadlines(a("officer1"), id).stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no deadline " + kind));
    }

    private InboxTask payTask(long id) {
        return inbox.openTasksOfCase(id).stream().filter(t -> SummaryProcedure.TASK_PAY_AT_BANK.equals(t.taskKey()))
                .findFirst().orElseThrow(() -> new AssertionError("no open payment task"));
    }

    private Supplier<Object> snapshot(long id) {
        return () -> List.of(summaries.get(a("head1"), id), cases.view(a("head1"), id),
                execution.status(a("head1"), id), caseClock.deadlines(a("head1"), id));
    }

    private List<String> actions(long id) {
        return cases.view(a("head1"), id).history().stream().map(StageChange::action).toList();
    }

    private ExecutionService.PaymentInput bank(String receipt, String fine, String surcharge) {
        return new ExecutionService.PaymentInput(receipt, new BigDecimal(fine), new BigDecimal(surcharge), f.today());
    }

    @Test
    void unpaidAfterFifteenDaysSurchargeDemandCourtThenCloses() {
        today("2026-03-02"); // Monday; decided and handed over on the spot = served
        long id = decided(false, "200").caseId();
        ExecutionStatus x = status(id);
        // the same end-game as the ordinary case: 15 days from the on-the-spot service → Tue 17 Mar 2026
        assertThat(x.paymentDue()).isEqualTo("2026-03-17");
        assertThat(x.settled()).isFalse();
        CaseDeadline payment = deadline(id, DeadlineKind.PAYMENT);
        assertThat(payment.due()).isEqualTo("2026-03-17");
        assertThat(payment.open()).isTrue();
        // only the execution's deadlines: no verification, decision or service period on a summary case
        assertThat(caseClock.deadlines(a("officer1"), id)).extracting(CaseDeadline::kind)
                .containsOnly(DeadlineKind.PAYMENT);

        // 备案 on time does not close the case: it waits in the execution task, counting down to the payment deadline
        today("2026-03-03");
        SummaryCase filed = summaries.fileRecord(a("officer2"), id);
        assertThat(filed.filingLate()).isFalse();
        assertThat(cases.get(a("officer1"), id).stage()).isEqualTo(CaseStage.EXECUTION);
        assertThat(payTask(id).dueDate()).isEqualTo("2026-03-17");
        assertThat(inbox.inbox(a("officer2"), "SUMMARY", 0, 500)).anySatisfy(t -> {
            assertThat(t.caseId()).isEqualTo(id);
            assertThat(t.taskKey()).isEqualTo(SummaryProcedure.TASK_PAY_AT_BANK);
            assertThat(t.dueDate()).isEqualTo("2026-03-17");
        });

        // closing refused while unpaid, exactly like the ordinary case, nothing changed
        String zh = refused(messages, snapshot(id), "closing.executionNotSettled",
                () -> summaries.endExecution(a("officer2"), id));
        assertThat(zh).contains("200");
        refused(messages, snapshot(id), "execution.demandTooEarly",
                () -> enforcement.issueDemand(a("officer1"), id, "催字〔2026〕S1号", null));

        // the supervisor sees the payment deadline at risk in its warning window
        today("2026-03-16");
        assertThat(caseClock.atRisk(a("head1"), null, 1000)).anySatisfy(r -> {
            assertThat(r.caseId()).isEqualTo(id);
            assertThat(r.kind()).isEqualTo(DeadlineKind.PAYMENT);
            assertThat(r.due()).isEqualTo("2026-03-17");
        });

        // 10 days after the deadline: 3 % of 200 a day = 60
        today("2026-03-27");
        x = status(id);
        assertThat(x.surcharge().days()).isEqualTo(10);
        assertThat(x.surcharge().amount()).isEqualByComparingTo("60");
        assertThat(x.outstanding()).isEqualByComparingTo("260");
        assertThat(deadline(id, DeadlineKind.PAYMENT).open()).isTrue();
        assertThat(deadline(id, DeadlineKind.COURT_APPLICATION).due()).isEqualTo("2026-12-02");
        refused(messages, snapshot(id), "closing.executionNotSettled",
                () -> summaries.endExecution(a("officer2"), id));

        // 催告 served directly on Thu 27 Aug: 10 working days → Thu 10 Sep; the court from Fri 11 Sep (final 3 Sep)
        today("2026-08-27");
        enforcement.issueDemand(a("officer1"), id, "催字〔2026〕S1号", "限十日内缴纳罚款及加处罚款");
        x = enforcement.serveDemand(a("officer1"), id, ServiceMethod.DIRECT, f.today(), null, null);
        assertThat(x.demandPeriodEnd()).isEqualTo("2026-09-10");
        assertThat(deadline(id, DeadlineKind.DEMAND).due()).isEqualTo("2026-09-10");
        assertThat(x.surcharge().amount()).isEqualByComparingTo("200"); // capped at the fine
        today("2026-09-10");
        refused(messages, snapshot(id), "execution.demandPeriodRunning",
                () -> enforcement.applyToCourt(a("head1"), id, "朝阳区人民法院", "强申〔2026〕S1号", null));

        today("2026-09-11");
        x = enforcement.applyToCourt(a("head1"), id, "朝阳区人民法院", "强申〔2026〕S1号", "经催告仍未履行");
        // the 催告书 and the application name the on-the-spot decision they enforce (the summary case has no other)
        assertThat(documents.list(a("head1"), id)).filteredOn(d -> d.type() == cn.zhifa.document.DocumentType.DEMAND_NOTICE
                || d.type() == cn.zhifa.document.DocumentType.ENFORCEMENT_APPLICATION)
                .extracting(cn.zhifa.document.GeneratedDocument::docNo).containsExactly("催字〔2026〕S1号", "强申〔2026〕S1号");
        assertThat(deadline(id, DeadlineKind.COURT_APPLICATION).open()).isFalse();
        assertThat(deadline(id, DeadlineKind.DEMAND).open()).isFalse();
        today("2026-09-14");
        enforcement.courtAccepted(a("officer1"), id, f.today(), "（2026）京0105行审S1号");
        refused(messages, snapshot(id), "closing.executionNotSettled",
                () -> summaries.endExecution(a("officer2"), id));

        today("2026-09-28");
        x = enforcement.courtRuled(a("officer1"), id, f.today(), CourtRuling.ENFORCE, "裁定准予强制执行");
        assertThat(x.concludedByCourt()).isTrue();
        summaries.endExecution(a("officer2"), id);
        assertThat(cases.get(a("officer1"), id).stage()).isEqualTo(CaseStage.ARCHIVED);
        assertThat(inbox.openTasksOfCase(id)).isEmpty();
        assertThat(caseClock.deadlines(a("officer1"), id)).noneMatch(CaseDeadline::open);
        assertThat(actions(id)).containsSubsequence("SUMMARY_DECIDED", "SUMMARY_FILED", "DEMAND_ISSUED",
                "DEMAND_SERVED", "COURT_APPLIED", "COURT_ACCEPTED", "COURT_RULED", "SUMMARY_EXECUTION_ENDED",
                "SUMMARY_CLOSED");
    }

    @Test
    void paidAtTheBankInTimeCloses() {
        today("2026-03-02");
        // filed first, then paid in two parts with their bank receipts: the handler ends the execution
        long first = decided(false, "150").caseId();
        today("2026-03-03");
        summaries.fileRecord(a("officer2"), first);
        today("2026-03-09");
        ExecutionStatus x = execution.pay(a("officer2"), first, bank("BANK-S-001", "100", "0"));
        assertThat(x.fineOutstanding()).isEqualByComparingTo("50");
        refused(messages, snapshot(first), "closing.executionNotSettled",
                () -> summaries.endExecution(a("officer2"), first));
        today("2026-03-17"); // the last day of the 15: no surcharge
        x = execution.pay(a("officer2"), first, bank("BANK-S-002", "50", "0"));
        assertThat(x.settled()).isTrue();
        assertThat(x.surcharge().amount()).isEqualByComparingTo("0");
        assertThat(deadline(first, DeadlineKind.PAYMENT).open()).isFalse();
        summaries.endExecution(a("officer2"), first);
        assertThat(cases.get(a("officer1"), first).stage()).isEqualTo(CaseStage.ARCHIVED);
        assertThat(cases.get(a("officer1"), first).paidAmount()).isEqualByComparingTo("150");
        assertThat(actions(first)).containsSubsequence("PAYMENT_RECEIVED", "PAYMENT_RECEIVED",
                "SUMMARY_EXECUTION_ENDED", "SUMMARY_CLOSED");

        // paid before the 备案: the 备案 closes the case at once, no execution task
        today("2026-03-02");
        long second = decided(false, "80").caseId();
        today("2026-03-04");
        execution.pay(a("officer2"), second, bank("BANK-S-003", "80", "0"));
        summaries.fileRecord(a("officer2"), second);
        assertThat(cases.get(a("officer1"), second).stage()).isEqualTo(CaseStage.ARCHIVED);
        assertThat(inbox.openTasksOfCase(second)).isEmpty();
    }

    @Test
    void collectedOnTheSpotKeepsTodaysPath() {
        today("2026-03-02");
        long id = decided(true, "50").caseId();
        // collected against the fiscal receipt: paid, no payment deadline, nothing to execute
        assertThat(status(id).settled()).isTrue();
        assertThat(caseClock.deadlines(a("officer1"), id)).isEmpty();
        assertThat(cases.get(a("officer1"), id).paidAmount()).isEqualByComparingTo("50");
        refused(messages, snapshot(id), "execution.alreadySettled",
                () -> execution.pay(a("officer2"), id, bank("BANK-S-004", "50", "0")));
        summaries.handIn(a("officer2"), id);
        summaries.fileRecord(a("officer2"), id);
        assertThat(cases.get(a("officer1"), id).stage()).isEqualTo(CaseStage.ARCHIVED);
        assertThat(actions(id)).doesNotContain("SUMMARY_EXECUTION_ENDED").contains("SUMMARY_CLOSED");
    }
}
