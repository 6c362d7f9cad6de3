package cn.zhifa.procedure;

import cn.zhifa.shared.StoredText;
import static cn.zhifa.procedure.StepRules.blankToNull;
import static cn.zhifa.procedure.StepRules.required;
import static cn.zhifa.procedure.StepRules.requireHead;

import cn.zhifa.casefile.CaseChanges;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.DocumentKind;
import cn.zhifa.casefile.Duty;
import cn.zhifa.casefile.Limitation;
import cn.zhifa.casefile.StepContext;
import cn.zhifa.casefile.StepPayload.ApproveFiling;
import cn.zhifa.casefile.StepResult;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** 立案审批 by a head who is not a handler: approve (the case number is assigned) or 不予立案 with a reason. */
@Component
class ApproveFilingStep extends OrdinaryStep<ApproveFiling> {

    private final OrganizationService organization;
    private final Limitation limitation;

    ApproveFilingStep(OrganizationService organization, Limitation limitation) {
        super(ProcedureTasks.TASK_APPROVE_FILING, ApproveFiling.class, CaseStage.FILING_APPROVAL,
                DeadlineKind.VERIFICATION);
        this.limitation = limitation;
        this.organization = organization;
    }

    @Override
    public StepResult apply(StepContext<ApproveFiling> ctx) {
        ApproveFiling p = ctx.payload();
        CaseChanges c = ctx.changes();
        StepResult r = new StepResult();
        requireHead(ctx.actor());
        ctx.requireNotHandler(Duty.APPROVE_FILING);
        LocalDate today = ctx.today();
        if (!p.approve()) {
            String reason = required(p.reason(), "reason");
            c.notFiledReason(reason).stage(CaseStage.NOT_FILED).closedDate(today);
            return r.variable(ProcedureTasks.VAR_FILING_APPROVED, false)
                    .document(DocumentKind.NOT_FILED_DECISION).done("NOT_FILED", reason);
        }
        List<Long> handlers = ctx.handlerIds();
        if (handlers.isEmpty() || c.itemId() == null) {
            throw DomainException.invalid("filing.notRecommended");
        }
        organization.requireQualifiedHandlers(handlers, c.unitId(), today);
        // 行政处罚法 Art. 36: a time-barred lead is filed only on a head's recorded legal ground (e.g. a law provides
        // a longer period, or the act continued); the ground goes on the case and into the record entry
        Limitation.Status barred = limitation.of(c).filter(Limitation.Status::timeBarred).orElse(null);
        String ground = blankToNull(p.limitationGround());
        if (barred != null && ground == null) {
            throw DomainException.invalid("filing.timeBarred", barred.runsFrom(), barred.lastDay(),
                    barred.discovered());
        }
        if (barred != null) {
            c.limitationGround(required(ground, "limitationGround"));
        }
        c.assignCaseNumber().filedDate(today);
        String approval = blankToNull(p.reason());
        java.time.LocalDate lastDay = barred == null ? null : barred.lastDay();
        return r.variable(ProcedureTasks.VAR_FILING_APPROVED, true).doneText("FILED", after -> lastDay != null
                ? StoredText.of("text.filed.timeBarred", after.caseNo(), approval == null ? "" : approval + " ",
                        lastDay, ground.trim())
                : approval == null ? StoredText.of(StoredText.TYPED, after.caseNo())
                : StoredText.of("text.filed", after.caseNo(), approval));
    }
}
