package cn.zhifa.procedure;

import static cn.zhifa.procedure.StepRules.blankToNull;
import static cn.zhifa.procedure.StepRules.docNo;
import static cn.zhifa.procedure.StepRules.pastOrToday;

import cn.zhifa.casefile.CaseChanges;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.DocumentKind;
import cn.zhifa.casefile.ServiceOfDocuments;
import cn.zhifa.casefile.StepContext;
import cn.zhifa.casefile.StepPayload.AdvanceNotice;
import cn.zhifa.casefile.StepResult;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.review.LegalReviewService;
import cn.zhifa.review.NoticesAndHearings;
import cn.zhifa.review.Requirement;
import cn.zhifa.review.ReviewViews;
import cn.zhifa.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 行政处罚事先告知书 served: the proposal of the investigation report with the facts, reasons, basis and the rights
 * (the hearing when eligible) — the notice as served is kept by the legal review.
 */
@Component
class AdvanceNoticeStep extends OrdinaryStep<AdvanceNotice> {

    private final LegalReviewService reviews;
    private final NoticesAndHearings hearings;
    private final OrganizationService organization;
    private final Gates gates;
    private final ServiceOfDocuments service;

    AdvanceNoticeStep(LegalReviewService reviews, NoticesAndHearings hearings, OrganizationService organization,
            Gates gates, ServiceOfDocuments service) {
        super(ProcedureTasks.TASK_ADVANCE_NOTICE, AdvanceNotice.class, CaseStage.ADVANCE_NOTICE,
                DeadlineKind.DECISION);
        this.service = service;
        this.reviews = reviews;
        this.hearings = hearings;
        this.organization = organization;
        this.gates = gates;
    }

    @Override
    public StepResult apply(StepContext<AdvanceNotice> ctx) {
        AdvanceNotice p = ctx.payload();
        CaseChanges c = ctx.changes();
        if (p.method() == null) {
            throw DomainException.invalid("field.required", "method");
        }
        LocalDate served = pastOrToday(p.servedDate(), "servedDate", ctx.today());
        if (c.filedDate() != null && served.isBefore(c.filedDate())) {
            throw DomainException.invalid("date.beforeFiling", "servedDate");
        }
        if (c.proposedOutcome() == null) {
            throw DomainException.invalid("notice.noProposal");
        }
        // the statement and hearing-request windows run from the deemed service date (公告送达: publication + 30 days)
        ServiceOfDocuments.Served s = service.serve(ctx.caseId(), p.method(), served, p.reference(),
                p.publicNoticeReason());
        c.noticeServed(s).notifiedFine(c.proposedFine()).statementWaived(null).statementSummary(null);
        // the notice states the proposed penalty, facts, reasons, basis and the rights (hearing when eligible)
        List<Requirement> hearing = reviews.hearingEligibility(gates.facts(ctx));
        String basis = blankToNull(p.basis());
        if (basis == null && c.itemId() != null) {
            var item = organization.item(c.itemId());
            basis = item.violationBasis() + "；" + item.penaltyBasis();
        }
        String reasons = blankToNull(p.reasons()) != null ? p.reasons().trim() : c.discretionReason();
        ReviewViews.Notice notice = new ReviewViews.Notice(s.deemed(), c.proposedOutcome(), c.proposedFine(),
                c.proposedConfiscation(), c.facts(), reasons, basis, !hearing.isEmpty(),
                hearing.isEmpty() ? null : String.join("；", hearing.stream().map(Requirement::reason).toList()));
        long caseId = ctx.caseId();
        long actorId = ctx.actor().userId();
        return new StepResult().act(() -> hearings.recordNotice(caseId, actorId, notice))
                .document(DocumentKind.ADVANCE_NOTICE, DocumentKind.ADVANCE_NOTICE.title(), docNo(c, "告字"))
                .done("NOTICE_SERVED", gates.served(s));
    }
}
