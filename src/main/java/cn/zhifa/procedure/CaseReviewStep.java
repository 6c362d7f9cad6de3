package cn.zhifa.procedure;

import static cn.zhifa.procedure.StepRules.blankToNull;
import static cn.zhifa.procedure.StepRules.required;

import cn.zhifa.casefile.CaseChanges;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.DocumentKind;
import cn.zhifa.casefile.Duty;
import cn.zhifa.casefile.StepContext;
import cn.zhifa.casefile.StepPayload.CaseReview;
import cn.zhifa.casefile.StepResult;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.Role;
import cn.zhifa.review.NoticesAndHearings;
import cn.zhifa.review.ReviewViews;
import cn.zhifa.shared.DomainException;
import org.springframework.stereotype.Component;

/** 案件审核 by a team leader or head who is not a handler: approve, or return to investigation. */
@Component
class CaseReviewStep extends OrdinaryStep<CaseReview> {

    private final NoticesAndHearings hearings;
    private final Gates gates;

    CaseReviewStep(NoticesAndHearings hearings, Gates gates) {
        super(ProcedureTasks.TASK_CASE_REVIEW, CaseReview.class, CaseStage.CASE_REVIEW, DeadlineKind.DECISION);
        this.hearings = hearings;
        this.gates = gates;
    }

    @Override
    public StepResult apply(StepContext<CaseReview> ctx) {
        CaseReview p = ctx.payload();
        CaseChanges c = ctx.changes();
        Actor actor = ctx.actor();
        StepResult r = new StepResult();
        if (!(actor.has(Role.TEAM_LEADER) || actor.isHead())) {
            throw DomainException.forbidden("task.notCandidate");
        }
        ctx.requireNotHandler(Duty.CASE_REVIEW);
        if (!p.approve()) {
            String opinion = required(p.opinion(), "opinion");
            return r.variable(ProcedureTasks.VAR_REVIEW_APPROVED, false).done("REVIEW_RETURNED", opinion);
        }
        if (p.markMajor() && !c.major()) {
            c.major(true).majorReason(required(p.opinion(), "opinion"));
        }
        if (p.markDeliberation()) {
            c.deliberationRequired(true).deliberationReferred(true);
        }
        r.variable(ProcedureTasks.VAR_REVIEW_APPROVED, true);
        // a new advance notice only when none was served yet or the proposal became heavier than notified (Art. 45
        // protects the party against a heavier penalty; a lighter or equal proposal was already heard)
        ReviewViews.Notice notified = hearings.latestNotice(ctx.caseId()).orElse(null);
        boolean noticeRequired = c.noticeServedDate() == null || notified == null
                || NoticesAndHearings.heavierThan(c.proposedOutcome(), c.proposedFine(), c.proposedConfiscation(),
                        notified);
        r.variable(ProcedureTasks.VAR_NOTICE_REQUIRED, noticeRequired);
        // evaluated now in every case, so the page states the requirements beside the notice served next (before
        // this, a case at notice and statement showed "hearing: not required" beside "hearing right notified");
        // the statement step evaluates again with what the party said and requested
        gates.gates(ctx, r);
        return r.document(DocumentKind.CASE_REVIEW_FORM).done("REVIEW_APPROVED", blankToNull(p.opinion()));
    }
}
