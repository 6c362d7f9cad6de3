package cn.zhifa.procedure;

import static cn.zhifa.procedure.StepRules.required;

import cn.zhifa.casefile.CaseChanges;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.DocumentKind;
import cn.zhifa.casefile.Limitation;
import cn.zhifa.casefile.StepContext;
import cn.zhifa.casefile.StepPayload.VerifyLead;
import cn.zhifa.casefile.StepResult;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.shared.DomainException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;

/** 线索核查: recommend filing with the item, the act date and the handlers (the first is 主办), or not. */
@Component
class VerifyLeadStep extends OrdinaryStep<VerifyLead> {

    private final OrganizationService organization;

    VerifyLeadStep(OrganizationService organization) {
        super(ProcedureTasks.TASK_VERIFY_LEAD, VerifyLead.class, CaseStage.VERIFICATION, DeadlineKind.VERIFICATION);
        this.organization = organization;
    }

    @Override
    public StepResult apply(StepContext<VerifyLead> ctx) {
        VerifyLead p = ctx.payload();
        CaseChanges c = ctx.changes();
        StepResult r = new StepResult();
        String opinion = required(p.opinion(), "opinion");
        if (!p.recommendFiling()) {
            c.handlers(List.of());
            return r.done("VERIFIED_NOT_TO_FILE", opinion);
        }
        if (p.itemId() == null) {
            throw DomainException.invalid("field.required", "itemId");
        }
        if (!organization.item(p.itemId()).active()) {
            throw DomainException.invalid("item.inactive");
        }
        LocalDate today = ctx.today();
        if (p.actDate() != null && p.actDate().isAfter(today)) {
            throw DomainException.invalid("date.inFuture", "actDate");
        }
        List<Long> handlers = p.handlerIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(p.handlerIds()));
        organization.requireQualifiedHandlers(handlers, c.unitId(), today);
        LocalDate act = p.actDate() != null ? p.actDate() : c.actDate();
        Limitation.checkActEnd(act, p.actEndDate(), today);
        c.itemId(p.itemId());
        if (p.actDate() != null) {
            c.actDate(p.actDate());
        }
        if (p.actEndDate() != null) {
            c.actEndDate(p.actEndDate());
        }
        if (p.limitationClass() != null) {
            c.limitationClass(p.limitationClass());
        }
        c.handlers(handlers);
        return r.document(DocumentKind.FILING_APPROVAL_FORM).done("VERIFIED_TO_FILE", opinion);
    }
}
