package cn.zhifa.procedure;

import static cn.zhifa.procedure.StepRules.required;

import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.StepContext;
import cn.zhifa.casefile.StepPayload.CorrectDocuments;
import cn.zhifa.casefile.StepResult;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.organization.OrganizationService;
import org.springframework.stereotype.Component;

/** 整改/补正文书 after a "correct" legal-review opinion: what was corrected and the documents redone. */
@Component
class CorrectDocumentsStep extends OrdinaryStep<CorrectDocuments> {

    private final OrganizationService organization;

    CorrectDocumentsStep(OrganizationService organization) {
        super(ProcedureTasks.TASK_CORRECT_DOCUMENTS, CorrectDocuments.class, CaseStage.LEGAL_REVIEW,
                DeadlineKind.DECISION);
        this.organization = organization;
    }

    @Override
    public StepResult apply(StepContext<CorrectDocuments> ctx) {
        CorrectDocuments p = ctx.payload();
        organization.requireQualifiedHandlers(ctx.handlerIds(), ctx.changes().unitId(), ctx.today());
        String what = required(p.correction(), "correction");
        StepResult r = new StepResult();
        InvestigateStep.entered(p.documents()).forEach(d -> r.entered(d.docType().trim(), d.title().trim()));
        return r.done("DOCUMENTS_CORRECTED", what);
    }
}
