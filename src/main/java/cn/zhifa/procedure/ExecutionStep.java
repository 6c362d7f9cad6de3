package cn.zhifa.procedure;

import static cn.zhifa.procedure.StepRules.blankToNull;
import static cn.zhifa.procedure.StepRules.pastOrToday;
import static cn.zhifa.procedure.StepRules.required;

import cn.zhifa.casefile.CaseChanges;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.DocumentKind;
import cn.zhifa.casefile.ExecutionService;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.StepContext;
import cn.zhifa.casefile.StepPayload.Execution;
import cn.zhifa.casefile.StepResult;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.shared.DomainException;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** 执行: the fine paid (in full, or in part with a note), or how a decision without payment was carried out. */
@Component
class ExecutionStep extends OrdinaryStep<Execution> {

    private final ExecutionService execution;

    ExecutionStep(ExecutionService execution) {
        super(ProcedureTasks.TASK_EXECUTION, Execution.class, CaseStage.EXECUTION, DeadlineKind.PAYMENT);
        this.execution = execution;
    }

    @Override
    public StepResult apply(StepContext<Execution> ctx) {
        Execution p = ctx.payload();
        CaseChanges c = ctx.changes();
        LocalDate today = ctx.today();
        boolean fineDue = c.decidedOutcome() == OutcomeType.FINE && c.decidedFine() != null
                && c.decidedFine().signum() > 0;
        if (p.paidAmount() != null) {
            if (!fineDue) {
                throw DomainException.invalid("execution.nothingToPay");
            }
            if (execution.hasPayments(ctx.caseId())) { // the ledger holds the payments (decision 0021)
                throw DomainException.invalid("execution.paymentsInLedger");
            }
            if (p.paidAmount().signum() <= 0 || p.paidAmount().compareTo(c.decidedFine()) > 0) {
                throw DomainException.invalid("execution.badAmount", c.decidedFine());
            }
            LocalDate paid = pastOrToday(p.paidDate(), "paidDate", today);
            if (c.decidedDate() != null && paid.isBefore(c.decidedDate())) {
                throw DomainException.invalid("execution.paidBeforeDecision");
            }
            if (p.paidAmount().compareTo(c.decidedFine()) < 0) {
                required(p.note(), "note");
            }
            c.paidAmount(p.paidAmount()).paidDate(paid).executionNote(blankToNull(p.note())).executedDate(today);
            return new StepResult().document(DocumentKind.PAYMENT_RECEIPT)
                    .done("PAYMENT_RECORDED", p.paidAmount().toPlainString());
        }
        String note = required(p.note(), "note");
        c.executionNote(note).paidAmount(null).paidDate(null).executedDate(today);
        return new StepResult().done("EXECUTION_RECORDED", note);
    }
}
