package cn.zhifa.procedure;

import static cn.zhifa.procedure.StepRules.pastOrToday;

import cn.zhifa.casefile.CaseChanges;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.DocumentKind;
import cn.zhifa.casefile.ServiceOfDocuments;
import cn.zhifa.casefile.StepContext;
import cn.zhifa.casefile.StepPayload.Service;
import cn.zhifa.casefile.StepResult;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.shared.DomainException;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * 送达 of the decision: the date entered (not before the decision) and the method with its rule
 * ({@link ServiceOfDocuments}); the payment window runs from the deemed date. With the 送达回证.
 */
@Component
class ServiceStep extends OrdinaryStep<Service> {

    private final Gates gates;
    private final ServiceOfDocuments service;

    ServiceStep(Gates gates, ServiceOfDocuments service) {
        super(ProcedureTasks.TASK_SERVICE, Service.class, CaseStage.SERVICE, DeadlineKind.SERVICE);
        this.gates = gates;
        this.service = service;
    }

    @Override
    public StepResult apply(StepContext<Service> ctx) {
        Service p = ctx.payload();
        CaseChanges c = ctx.changes();
        if (p.method() == null) {
            throw DomainException.invalid("field.required", "method");
        }
        LocalDate served = pastOrToday(p.servedDate(), "servedDate", ctx.today());
        if (c.decidedDate() != null && served.isBefore(c.decidedDate())) {
            throw DomainException.invalid("service.beforeDecision");
        }
        ServiceOfDocuments.Served s = service.serve(ctx.caseId(), p.method(), served, p.reference(),
                p.publicNoticeReason());
        c.decisionServed(s);
        return new StepResult().document(DocumentKind.SERVICE_RECEIPT).done("SERVED", gates.served(s));
    }
}
