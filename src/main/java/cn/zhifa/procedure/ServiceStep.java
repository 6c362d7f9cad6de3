package cn.zhifa.procedure;

import static cn.zhifa.procedure.StepRules.pastOrToday;

import cn.zhifa.casefile.CaseChanges;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.DocumentKind;
import cn.zhifa.casefile.StepContext;
import cn.zhifa.casefile.StepPayload.Service;
import cn.zhifa.casefile.StepResult;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.shared.DomainException;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** 送达 of the decision: date (not before the decision) and method, with the 送达回证. */
@Component
class ServiceStep extends OrdinaryStep<Service> {

    private final Gates gates;

    ServiceStep(Gates gates) {
        super(ProcedureTasks.TASK_SERVICE, Service.class, CaseStage.SERVICE, DeadlineKind.SERVICE);
        this.gates = gates;
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
        c.servedDate(served).serviceMethod(p.method());
        return new StepResult().document(DocumentKind.SERVICE_RECEIPT)
                .done("SERVED", served + " " + gates.method(p.method()));
    }
}
