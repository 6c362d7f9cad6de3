package cn.zhifa.procedure;

import static cn.zhifa.procedure.StepRules.required;

import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.DocumentKind;
import cn.zhifa.casefile.StepContext;
import cn.zhifa.casefile.StepPayload.DocumentInput;
import cn.zhifa.casefile.StepPayload.Investigate;
import cn.zhifa.casefile.StepResult;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.shared.DomainException;
import java.util.List;
import org.springframework.stereotype.Component;

/** 调查取证: the facts found and the records made (at least one 现场检查笔录 on the case). */
@Component
class InvestigateStep extends OrdinaryStep<Investigate> {

    private final OrganizationService organization;

    InvestigateStep(OrganizationService organization) {
        super(ProcedureTasks.TASK_INVESTIGATE, Investigate.class, CaseStage.INVESTIGATION, DeadlineKind.DECISION);
        this.organization = organization;
    }

    @Override
    public StepResult apply(StepContext<Investigate> ctx) {
        Investigate p = ctx.payload();
        organization.requireQualifiedHandlers(ctx.handlerIds(), ctx.changes().unitId(), ctx.today());
        String facts = required(p.facts(), "facts");
        if (facts.length() > 4000) {
            throw DomainException.invalid("field.tooLong", "facts", 4000);
        }
        ctx.changes().facts(facts);
        List<DocumentInput> docs = entered(p.documents());
        if (docs.isEmpty() && ctx.documentCount(DocumentKind.INVESTIGATION_RECORD.code()) == 0) {
            throw DomainException.invalid("investigation.noRecord");
        }
        StepResult r = new StepResult();
        docs.forEach(d -> r.entered(d.docType().trim(), d.title().trim()));
        return r.done("INVESTIGATED", (String) null);
    }

    /** The documents entered with a step, each with a type and a title (checked before anything is written). */
    static List<DocumentInput> entered(List<DocumentInput> entered) {
        List<DocumentInput> docs = entered == null ? List.of() : entered;
        for (DocumentInput d : docs) {
            if (d == null || d.docType() == null || d.docType().isBlank() || d.title() == null
                    || d.title().isBlank()) {
                throw DomainException.invalid("document.incomplete");
            }
        }
        return docs;
    }
}
