package cn.zhifa.procedure;

import static cn.zhifa.procedure.StepRules.blankToNull;
import static cn.zhifa.procedure.StepRules.required;
import static cn.zhifa.procedure.StepRules.requireHead;

import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.DocumentKind;
import cn.zhifa.casefile.ExecutionService;
import cn.zhifa.casefile.StepContext;
import cn.zhifa.casefile.StepPayload.ClosingApproval;
import cn.zhifa.casefile.StepResult;
import cn.zhifa.casefile.ProcedureTasks;
import org.springframework.stereotype.Component;

/**
 * 结案审批 by a head: approve (the engine then archives the case) or return to execution. A fine case is approved only
 * when paid in full, lawfully terminated or concluded through the people's court (decision record 0021).
 */
@Component
class ClosingApprovalStep extends OrdinaryStep<ClosingApproval> {

    private final ExecutionService execution;

    ClosingApprovalStep(ExecutionService execution) {
        super(ProcedureTasks.TASK_CLOSING_APPROVAL, ClosingApproval.class, CaseStage.CLOSING,
                DeadlineKind.CLOSING);
        this.execution = execution;
    }

    @Override
    public StepResult apply(StepContext<ClosingApproval> ctx) {
        ClosingApproval p = ctx.payload();
        requireHead(ctx.actor());
        StepResult r = new StepResult();
        if (!p.approve()) {
            String opinion = required(p.opinion(), "opinion");
            return r.variable(ProcedureTasks.VAR_CLOSING_APPROVED, false).done("CLOSING_RETURNED", opinion);
        }
        execution.requireSettled(ctx.caseId());
        String summary = blankToNull(p.opinion());
        ctx.changes().closedDate(ctx.today()).closingSummary(summary);
        return r.variable(ProcedureTasks.VAR_CLOSING_APPROVED, true).document(DocumentKind.CLOSING_APPROVAL_FORM)
                .done("CLOSING_APPROVED", summary);
    }
}
