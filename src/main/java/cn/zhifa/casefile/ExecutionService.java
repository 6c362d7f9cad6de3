package cn.zhifa.casefile;

import cn.zhifa.shared.StoredText;
import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.casefile.internal.ExecutionMapper;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Limits;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment of a fine case (行政处罚法 Art. 66–67, 72): payments in part or in whole with their receipts, the fine and the
 * late-payment surcharge kept apart; deferral or instalments on the party's application decided by a head who is not
 * a handler; lawful termination (终结执行, 行政强制法 Art. 40) decided by such a head. The 催告 and the court are in
 * {@link EnforcementService}. Every action is a record entry and moves the case's deadlines (decision record 0021).
 */
@Service
public class ExecutionService {

    /** A payment as entered from its receipt (缴款凭证). */
    public record PaymentInput(String receiptNo, BigDecimal finePart, BigDecimal surchargePart, LocalDate paidOn) {
    }

    private static final int MAX_DAYS = 366;
    private static final int MAX_INSTALMENTS = 24;

    private final CaseFileMapper cases;
    private final ExecutionMapper mapper;
    private final ExecutionFacts facts;
    private final CaseHistory history;
    private final CaseClockService caseClock;
    private final Clock clock;

    ExecutionService(CaseFileMapper cases, ExecutionMapper mapper, ExecutionFacts facts, CaseHistory history,
            CaseClockService caseClock, Clock clock) {
        this.cases = cases;
        this.mapper = mapper;
        this.facts = facts;
        this.history = history;
        this.caseClock = caseClock;
        this.clock = clock;
    }

    /** The execution of a served fine decision as of today; empty for other cases. */
    @Transactional(readOnly = true)
    public Optional<ExecutionStatus> status(Actor actor, long caseId) {
        return facts.status(CaseScope.readable(actor, cases.findCase(caseId), caseId));
    }

    /**
     * The closing gate: a fine case may be closed only when paid in full (fine and surcharge), lawfully terminated
     * or concluded through the people's court; refused otherwise with what is outstanding.
     */
    @Transactional(readOnly = true)
    public void requireSettled(long caseId) {
        CaseRow row = cases.findCase(caseId);
        ExecutionStatus x = facts.status(row).orElse(null);
        if (x != null && !x.settled()) {
            throw DomainException.invalid("closing.executionNotSettled", x.fineOutstanding().toPlainString(),
                    x.surchargeOutstanding().toPlainString());
        }
    }

    /**
     * Whether the case may close as far as execution goes: no fine to execute, or {@link ExecutionStatus#settled()}.
     * For the engine (the summary procedure's gateway after 备案); people are refused by {@link #requireSettled}.
     */
    @Transactional(readOnly = true)
    public boolean settled(long caseId) {
        return facts.status(cases.findCase(caseId)).map(ExecutionStatus::settled).orElse(true);
    }

    /** Whether payments are recorded in the ledger (then the execution step records none of its own). */
    @Transactional(readOnly = true)
    public boolean hasPayments(long caseId) {
        return !mapper.payments(caseId).isEmpty();
    }

    @RequiresPermission(Action.EXECUTION_RECORD)
    @Transactional
    public ExecutionStatus pay(Actor actor, long caseId, PaymentInput in) {
        CaseRow row = lock(actor, caseId, false);
        ExecutionStatus x = open(row);
        if (in == null) {
            throw DomainException.invalid("field.required", "receiptNo");
        }
        String receipt = Limits.requiredText(in.receiptNo(), "receiptNo", Limits.REF);
        BigDecimal fine = money(in.finePart());
        BigDecimal surcharge = money(in.surchargePart());
        if (fine.signum() < 0 || surcharge.signum() < 0 || fine.add(surcharge).signum() == 0) {
            throw DomainException.invalid("execution.badPaymentAmount");
        }
        LocalDate paidOn = in.paidOn();
        if (paidOn == null || paidOn.isAfter(today()) || paidOn.isBefore(row.decidedDate)) {
            throw DomainException.invalid("execution.badPaidOn", row.decidedDate);
        }
        if (fine.compareTo(x.fineOutstanding()) > 0) {
            throw DomainException.invalid("execution.fineOverpaid", x.fineOutstanding().toPlainString());
        }
        if (surcharge.compareTo(x.surchargeOutstanding()) > 0) {
            throw DomainException.invalid("execution.surchargeOverpaid", x.surchargeOutstanding().toPlainString());
        }
        if (x.payments().stream().anyMatch(p -> p.receiptNo().equalsIgnoreCase(receipt))) {
            throw DomainException.invalid("execution.duplicateReceipt", receipt);
        }
        mapper.insertPayment(caseId, receipt, fine, surcharge, paidOn, actor.userId(), now());
        row.paidAmount = x.finePaid().add(fine);
        row.paidDate = paidOn;
        cases.updateChanged(row, Set.of("paidAmount", "paidDate"));
        history.document(caseId, DocumentKind.PAYMENT_RECEIPT.code(), DocumentKind.PAYMENT_RECEIPT.title(), receipt,
                row.stage, actor.userId());
        ExecutionStatus after = facts.status(row).orElseThrow();
        history.record(caseId, row.stage, row.stage, "PAYMENT_RECEIVED", actor.userId(),
                StoredText.of("text.payment.received", receipt, fine, surcharge, paidOn, after.fineOutstanding(),
                        after.surchargeOutstanding()));
        caseClock.refresh(caseId);
        return after;
    }

    /**
     * The party's written application for deferral ({@code days} after the current payment deadline) or for
     * {@code instalments} instalments every {@code days} days (行政处罚法 Art. 66 ¶2), recorded with his reason.
     */
    @RequiresPermission(Action.EXECUTION_RECORD)
    @Transactional
    public ExecutionStatus applyForDeferral(Actor actor, long caseId, ExecutionActKind kind, LocalDate appliedOn,
            int days, Integer instalments, String reason) {
        CaseRow row = lock(actor, caseId, false);
        ExecutionStatus x = open(row);
        if (kind != ExecutionActKind.DEFERRAL && kind != ExecutionActKind.INSTALMENTS) {
            throw DomainException.invalid("field.required", "kind");
        }
        String why = Limits.requiredText(reason, "reason", Limits.TEXT);
        if (appliedOn == null || appliedOn.isAfter(today()) || appliedOn.isBefore(row.servedDate)) {
            throw DomainException.invalid("execution.badAppliedOn", row.servedDate);
        }
        if (days < 1 || days > MAX_DAYS) {
            throw DomainException.invalid("execution.badDeferralDays", MAX_DAYS);
        }
        Integer n = kind == ExecutionActKind.INSTALMENTS ? instalments : null;
        if (kind == ExecutionActKind.INSTALMENTS && (n == null || n < 2 || n > MAX_INSTALMENTS)) {
            throw DomainException.invalid("execution.badInstalments", MAX_INSTALMENTS);
        }
        if (x.fineOutstanding().signum() == 0) {
            throw DomainException.invalid("execution.finePaid");
        }
        if (x.pendingApplication() != null) {
            throw DomainException.invalid("execution.applicationPending");
        }
        if (x.court() != null) {
            throw DomainException.invalid("execution.courtApplied");
        }
        mapper.insertAct(caseId, kind, appliedOn, null, why, days, n, null, null, null, actor.userId(), now());
        history.record(caseId, row.stage, row.stage, kind + "_APPLIED", actor.userId(), (n == null
                ? StoredText.of("text.payment.deferral", appliedOn, days)
                : StoredText.of("text.payment.instalments", appliedOn, n, days)).noted(why));
        return facts.status(row).orElseThrow();
    }

    /** A head who is not a handler approves or refuses the pending application; approval moves the deadline. */
    @RequiresPermission(Action.EXECUTION_APPROVE)
    @Transactional
    public ExecutionStatus decideDeferral(Actor actor, long caseId, long actId, boolean approve, String opinion) {
        CaseRow row = lock(actor, caseId, true);
        SeparationOfDuties.require(Duty.APPROVE_DEFERRAL, actor.userId(), handlerIds(caseId));
        ExecutionStatus x = open(row);
        ExecutionAct a = mapper.act(actId);
        if (a == null || a.caseId() != caseId || !a.pending()) {
            throw DomainException.notFound("execution.noPendingApplication", actId);
        }
        String text = approve ? blankToNull(opinion) : Limits.requiredText(opinion, "opinion", Limits.TEXT);
        LocalDate newDue = null;
        if (approve) {
            int n = a.instalments() == null ? 1 : a.instalments();
            newDue = facts.deferredDue(x.paymentDue(), n * a.days());
        }
        if (mapper.decide(actId, approve, actor.userId(), today(), text, newDue) != 1) {
            throw DomainException.conflict("execution.noPendingApplication", actId);
        }
        history.record(caseId, row.stage, row.stage, a.kind() + (approve ? "_APPROVED" : "_REFUSED"),
                actor.userId(), (approve ? StoredText.of("text.payment.approved", x.paymentDue(), newDue)
                        : StoredText.label("text.payment.refused")).noted(text));
        caseClock.refresh(caseId);
        return facts.status(row).orElseThrow();
    }

    /** 终结执行 on a ground of 行政强制法 Art. 40, decided by a head who is not a handler; reasons for OTHER. */
    @RequiresPermission(Action.EXECUTION_APPROVE)
    @Transactional
    public ExecutionStatus terminate(Actor actor, long caseId, TerminationGround ground, String reason) {
        CaseRow row = lock(actor, caseId, true);
        SeparationOfDuties.require(Duty.APPROVE_TERMINATION, actor.userId(), handlerIds(caseId));
        open(row);
        if (ground == null) {
            throw DomainException.invalid("field.required", "ground");
        }
        String why = ground == TerminationGround.OTHER ? Limits.requiredText(reason, "reason", Limits.TEXT)
                : blankToNull(reason);
        mapper.insertAct(caseId, ExecutionActKind.TERMINATION, today(), null, why, null, null, null, ground,
                actor.userId(), actor.userId(), now());
        history.record(caseId, row.stage, row.stage, "EXECUTION_TERMINATED", actor.userId(),
                StoredText.of("text.execution.terminated", StoredText.label("execution.ground." + ground))
                        .noted(why));
        caseClock.refresh(caseId);
        return facts.status(row).orElseThrow();
    }

    // ---- shared with EnforcementService -------------------------------------------------------------------------

    /**
     * Locks the case for an act of execution: a served fine decision in execution (or awaiting closing); by a handler
     * or a head, or ({@code headOnly}) only by a head.
     */
    CaseRow lock(Actor actor, long caseId, boolean headOnly) {
        CaseRow row = CaseScope.workable(actor, cases.findCaseForUpdate(caseId), caseId);
        if (headOnly ? !actor.isHead() : !(actor.isHead() || handlerIds(caseId).contains(actor.userId()))) {
            throw DomainException.forbidden(headOnly ? "auth.headOnly" : "execution.handlersOrHeads");
        }
        if (!ExecutionFacts.applies(row)) {
            throw DomainException.invalid("execution.notAFineCase");
        }
        if (row.stage != CaseStage.EXECUTION && row.stage != CaseStage.CLOSING) {
            throw DomainException.invalid("execution.notInExecution");
        }
        return row;
    }

    /** The status of a case whose execution has not ended (refused when paid, terminated or ruled on). */
    ExecutionStatus open(CaseRow row) {
        ExecutionStatus x = facts.status(row).orElseThrow();
        if (x.settled()) {
            throw DomainException.invalid("execution.alreadySettled");
        }
        return x;
    }

    ExecutionStatus statusOf(CaseRow row) {
        return facts.status(row).orElseThrow();
    }

    void refresh(long caseId) {
        caseClock.refresh(caseId);
    }

    List<Long> handlerIds(long caseId) {
        return cases.findHandlers(caseId).stream().map(h -> h.userId).toList();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : Limits.requiredText(s, "note", Limits.TEXT);
    }

    private static BigDecimal money(BigDecimal v) {
        if (v == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (v.scale() > 2) {
            throw DomainException.invalid("execution.badPaymentAmount");
        }
        return v.setScale(2);
    }
}
