package cn.zhifa.procedure;

import static cn.zhifa.procedure.StepRules.required;

import cn.zhifa.casefile.CaseChanges;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.DocumentKind;
import cn.zhifa.casefile.ReviewOutcome;
import cn.zhifa.casefile.StepContext;
import cn.zhifa.casefile.StepPayload.LegalReview;
import cn.zhifa.casefile.StepResult;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.review.LegalReviewService;
import cn.zhifa.review.ReviewerEligibility;
import cn.zhifa.tasks.InboxService;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** 法制审核 by an eligible reviewer: the 118号 checklist, the outcome and the written opinion (one round). */
@Component
class LegalReviewStep extends OrdinaryStep<LegalReview> {

    private final LegalReviewService reviews;
    private final ReviewerEligibility eligibility;
    private final InboxService inbox;
    private final Gates gates;

    LegalReviewStep(LegalReviewService reviews, ReviewerEligibility eligibility, InboxService inbox, Gates gates) {
        super(ProcedureTasks.TASK_LEGAL_REVIEW, LegalReview.class, CaseStage.LEGAL_REVIEW, DeadlineKind.DECISION);
        this.reviews = reviews;
        this.eligibility = eligibility;
        this.inbox = inbox;
        this.gates = gates;
    }

    @Override
    public StepResult apply(StepContext<LegalReview> ctx) {
        LegalReview p = ctx.payload();
        CaseChanges c = ctx.changes();
        long caseId = ctx.caseId();
        eligibility.requireEligibleReviewer(ctx.actor(), caseId, ctx.handlerIds());
        LegalReviewService.checkChecklist(p.outcome(), p.checklist());
        String opinion = required(p.opinion(), "opinion");
        LocalDate started = inbox.task(ctx.taskId()).createdAt().toLocalDate();
        int round = reviews.rounds(caseId).size() + 1;
        long reviewer = ctx.actor().userId();
        StepResult r = new StepResult()
                .act(() -> reviews.recordRound(caseId, reviewer, p.outcome(), opinion, started, p.checklist()));
        c.legalReviewOpinion(opinion).legalReviewPassed(p.outcome() == ReviewOutcome.AGREE);
        r.variable(ProcedureTasks.VAR_LEGAL_REVIEW_OUTCOME, p.outcome().name());
        if (p.outcome() == ReviewOutcome.AGREE || p.outcome() == ReviewOutcome.TRANSFER) {
            // this round counts: a transfer is a disagreement (a deliberation trigger)
            gates.gates(ctx, r, null, p.outcome() != ReviewOutcome.AGREE ? Boolean.TRUE : null);
        }
        return r.document(DocumentKind.LEGAL_REVIEW_OPINION, DocumentKind.LEGAL_REVIEW_OPINION.title() + "（第" + round
                + "轮）", null).done("LEGAL_REVIEW_" + p.outcome().name(), opinion);
    }
}
