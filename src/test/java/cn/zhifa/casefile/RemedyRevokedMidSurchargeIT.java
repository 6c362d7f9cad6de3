package cn.zhifa.casefile;

import static cn.zhifa.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scenarios on the controlled clock (issue #12 item 4 (c), decision record 0027): decision → the payment deadline
 * passes → the surcharge accrues → a reconsideration is filed (the surcharge stops) → the decision is revoked → nothing
 * is owed, no surcharge, what was paid is to be refunded, and the case may close under the execution rules; and a
 * decision changed to a lower fine: the fine, the payment deadline and the surcharge run anew from the service of the
 * changed decision, payments count against it, an overpayment is to be refunded.
 */
@IntegrationTest
class RemedyRevokedMidSurchargeIT {

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;
    @Autowired ExecutionService execution;
    @Autowired RemedyService remedies;
    @Autowired CaseFileService cases;
    @Autowired CaseClockService caseClock;
    @Autowired Messages messages;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    private Supplier<Object> snapshot(long caseId) {
        return () -> List.of(cases.view(f.actor("head1"), caseId), execution.status(f.actor("head1"), caseId),
                caseClock.deadlines(f.actor("head1"), caseId), remedies.ofCase(f.actor("head1"), caseId));
    }

    private ExecutionStatus status(long caseId) {
        return execution.status(f.actor("officer1"), caseId).orElseThrow();
    }

    @Test
    void remedyRevokingADecisionMidSurcharge() {
        clock.setMorningOf("2026-03-02");
        long id = f.aCaseAtExecution().id(); // fine 500, served today, payment due Tue 17 Mar
        assertThat(status(id).paymentDue()).isEqualTo("2026-03-17");

        clock.setMorningOf("2026-03-10");
        execution.pay(f.actor("officer1"), id, new ExecutionService.PaymentInput("R-RV1", new BigDecimal("100"),
                BigDecimal.ZERO, f.today()));

        // 18–27 Mar: 10 surcharge days at 3 % of 500
        clock.setMorningOf("2026-03-27");
        assertThat(status(id).surcharge().amount()).isEqualByComparingTo("150");
        Remedy r = remedies.file(f.actor("officer1"), id, RemedyKind.RECONSIDERATION, f.today(), "区人民政府",
                "当事人对罚款决定不服");
        // the day of filing no longer counts; the surcharge stands still while the reconsideration is open
        assertThat(status(id).surcharge().days()).isEqualTo(9);
        clock.setMorningOf("2026-04-20");
        ExecutionStatus pending = status(id);
        assertThat(pending.surcharge().days()).isEqualTo(9);
        assertThat(pending.surcharge().amount()).isEqualByComparingTo("135");
        assertThat(pending.outstanding()).isEqualByComparingTo("535");
        assertThat(pending.settled()).isFalse();
        f.step(id, "officer1", new StepPayload.Execution(null, null, "当事人申请行政复议"));
        refused(messages, snapshot(id), "closing.executionNotSettled",
                () -> f.step(id, "head1", new StepPayload.ClosingApproval(true, "同意结案")));

        // revoked: nothing owed, no surcharge, the 100 paid to be refunded; nothing more can be paid
        remedies.conclude(f.actor("head1"), id, r.id(), f.today(), RemedyOutcome.REVOKED, "认定事实不清，予以撤销。");
        ExecutionStatus after = status(id);
        assertThat(after.annulledBy()).isNotNull();
        assertThat(after.fineOutstanding()).isEqualByComparingTo("0");
        assertThat(after.surcharge().amount()).isEqualByComparingTo("0");
        assertThat(after.outstanding()).isEqualByComparingTo("0");
        assertThat(after.refundDue()).isEqualByComparingTo("100");
        assertThat(after.settled()).isTrue();
        assertThat(caseClock.deadlines(f.actor("officer1"), id)).filteredOn(d -> d.kind() == DeadlineKind.PAYMENT)
                .singleElement().satisfies(d -> assertThat(d.open()).isFalse());
        refused(messages, snapshot(id), "execution.alreadySettled",
                () -> execution.pay(f.actor("officer1"), id, new ExecutionService.PaymentInput("R-RV2",
                        new BigDecimal("50"), BigDecimal.ZERO, f.today())));

        // closing is allowed now: the execution rules see nothing outstanding
        CaseFile closed = f.step(id, "head1", new StepPayload.ClosingApproval(true, "决定已被复议机关撤销，同意结案"));
        assertThat(closed.stage()).isEqualTo(CaseStage.ARCHIVED);
        assertThat(cases.view(f.actor("head1"), id).history()).extracting(StageChange::action)
                .containsSubsequence("PAYMENT_RECEIVED", "REMEDY_FILED", "REMEDY_CONCLUDED", "CLOSING_APPROVED");
    }

    private ExecutionService.PaymentInput pay(String receipt, String fine, String surcharge) {
        return new ExecutionService.PaymentInput(receipt, new BigDecimal(fine), new BigDecimal(surcharge), f.today());
    }

    @Test
    void aChangedFineRunsAnewFromTheServiceOfTheChangedDecision() {
        clock.setMorningOf("2026-03-02");
        long id = f.aCaseAtExecution().id();
        clock.setMorningOf("2026-03-10");
        execution.pay(f.actor("officer1"), id, pay("R-CH1", "100", "0"));
        clock.setMorningOf("2026-03-27");
        Remedy r = remedies.file(f.actor("officer1"), id, RemedyKind.RECONSIDERATION, f.today(), "区人民政府", null);
        refused(messages, snapshot(id), "remedy.notChanged", () -> remedies.recordChangedFine(f.actor("officer1"), id,
                r.id(), new BigDecimal("300"), f.today()));
        clock.setMorningOf("2026-04-20");
        remedies.conclude(f.actor("head1"), id, r.id(), f.today(), RemedyOutcome.CHANGED, "罚款变更为300元。");
        // the body may not make it heavier; the changed decision is served after the reconsideration decision
        String zh = refused(messages, snapshot(id), "remedy.changeHeavier", () -> remedies.recordChangedFine(
                f.actor("officer1"), id, r.id(), new BigDecimal("600"), f.today()));
        assertThat(zh).contains("500");
        refused(messages, snapshot(id), "remedy.badChangedServedOn", () -> remedies.recordChangedFine(
                f.actor("officer1"), id, r.id(), new BigDecimal("300"), f.today().minusDays(1)));
        refused(messages, snapshot(id), "remedy.badChangedFine", () -> remedies.recordChangedFine(
                f.actor("officer1"), id, r.id(), new BigDecimal("300.123"), f.today()));

        // served Wed 22 Apr: 15 days → Thu 7 May; the 100 paid counts; the old surcharge is gone
        clock.setMorningOf("2026-04-22");
        Remedy changed = remedies.recordChangedFine(f.actor("officer1"), id, r.id(), new BigDecimal("300"), f.today());
        assertThat(changed.changedFine()).isEqualByComparingTo("300");
        refused(messages, snapshot(id), "remedy.changeAlreadyRecorded", () -> remedies.recordChangedFine(
                f.actor("officer1"), id, r.id(), new BigDecimal("200"), f.today()));
        ExecutionStatus x = status(id);
        assertThat(x.fine()).isEqualByComparingTo("300");
        assertThat(x.paymentDue()).isEqualTo("2026-05-07");
        assertThat(x.fineOutstanding()).isEqualByComparingTo("200");
        assertThat(x.surcharge().amount()).isEqualByComparingTo("0");
        assertThat(x.refundDue()).isEqualByComparingTo("0");
        assertThat(caseClock.deadlines(f.actor("officer1"), id)).filteredOn(d -> d.kind() == DeadlineKind.PAYMENT)
                .singleElement().satisfies(d -> {
                    assertThat(d.due()).isEqualTo("2026-05-07");
                    assertThat(d.open()).isTrue();
                });

        // 8–17 May: 10 days at 3 % of the new fine = 90
        clock.setMorningOf("2026-05-17");
        x = status(id);
        assertThat(x.surcharge().days()).isEqualTo(10);
        assertThat(x.surcharge().amount()).isEqualByComparingTo("90");
        assertThat(x.outstanding()).isEqualByComparingTo("290");
        x = execution.pay(f.actor("officer1"), id, pay("R-CH2", "200", "90"));
        assertThat(x.settled()).isTrue();
        assertThat(cases.view(f.actor("head1"), id).history()).extracting(StageChange::action)
                .containsSubsequence("REMEDY_CONCLUDED", "REMEDY_FINE_CHANGED", "PAYMENT_RECEIVED");
    }

    @Test
    void aFineChangedBelowWhatWasPaidShowsTheExcessAsToBeRefunded() {
        clock.setMorningOf("2026-03-02");
        long id = f.aCaseAtExecution().id();
        clock.setMorningOf("2026-03-05");
        execution.pay(f.actor("officer1"), id, pay("R-CH3", "500", "0"));
        Remedy r = remedies.file(f.actor("officer1"), id, RemedyKind.LITIGATION, f.today(), "区人民法院", null);
        clock.setMorningOf("2026-04-01");
        remedies.conclude(f.actor("officer1"), id, r.id(), f.today(), RemedyOutcome.CHANGED, "判决变更罚款为200元。");
        remedies.recordChangedFine(f.actor("officer1"), id, r.id(), new BigDecimal("200"), f.today());
        ExecutionStatus x = status(id);
        assertThat(x.fine()).isEqualByComparingTo("200");
        assertThat(x.fineOutstanding()).isEqualByComparingTo("0");
        assertThat(x.refundDue()).isEqualByComparingTo("300");
        assertThat(x.settled()).isTrue();
    }
}
