package cn.zhifa.procedure;

import cn.zhifa.shared.StoredText;
import static cn.zhifa.procedure.StepRules.required;

import cn.zhifa.casefile.CaseChanges;
import cn.zhifa.casefile.CaseEvidence;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.DocumentKind;
import cn.zhifa.casefile.ReviewOutcome;
import cn.zhifa.casefile.StepContext;
import cn.zhifa.casefile.StepPayload.LegalReview;
import cn.zhifa.casefile.StepResult;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.review.LegalReviewService;
import cn.zhifa.review.NoticesAndHearings;
import cn.zhifa.review.ReviewerEligibility;
import cn.zhifa.shared.DomainException;
import cn.zhifa.tasks.InboxService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * 法制审核 by an eligible reviewer: the 118号 checklist, the outcome and the written opinion (one round). Agreement on
 * a case with no evidence, or with no record of the party heard (no statement, no waiver, no hearing held), is refused
 * unless the reviewer confirms it; the confirmation and what was missing land in the step's record entry.
 */
@Component
class LegalReviewStep extends OrdinaryStep<LegalReview> {

    private final LegalReviewService reviews;
    private final ReviewerEligibility eligibility;
    private final InboxService inbox;
    private final Gates gates;
    private final CaseEvidence evidence;
    private final NoticesAndHearings hearings;

    LegalReviewStep(LegalReviewService reviews, ReviewerEligibility eligibility, InboxService inbox, Gates gates,
            CaseEvidence evidence, NoticesAndHearings hearings) {
        super(ProcedureTasks.TASK_LEGAL_REVIEW, LegalReview.class, CaseStage.LEGAL_REVIEW, DeadlineKind.DECISION);
        this.reviews = reviews;
        this.eligibility = eligibility;
        this.inbox = inbox;
        this.gates = gates;
        this.evidence = evidence;
        this.hearings = hearings;
    }

    @Override
    public StepResult apply(StepContext<LegalReview> ctx) {
        LegalReview p = ctx.payload();
        CaseChanges c = ctx.changes();
        long caseId = ctx.caseId();
        eligibility.requireEligibleReviewer(ctx.actor(), caseId, ctx.handlerIds());
        LegalReviewService.checkChecklist(p.outcome(), p.checklist());
        String opinion = required(p.opinion(), "opinion");
        List<Gap> gaps = p.outcome() == ReviewOutcome.AGREE ? gaps(ctx.before()) : List.of();
        if (!gaps.isEmpty() && !p.confirmGaps()) {
            String which = gaps.size() == 2 ? "BOTH" : gaps.get(0).name();
            throw DomainException.invalid("review.confirm.required",
                    new DefaultMessageSourceResolvable(new String[] {"review.gap." + which}, which));
        }
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
        // the reviewer's confirmation of what the agreement passes over, in the reader's language (decision 0033)
        r.document(DocumentKind.LEGAL_REVIEW_OPINION, DocumentKind.LEGAL_REVIEW_OPINION.title() + "（第" + round
                + "轮）", null);
        return gaps.isEmpty() ? r.done("LEGAL_REVIEW_" + p.outcome().name(), opinion)
                : r.done("LEGAL_REVIEW_" + p.outcome().name(), StoredText.of("text.legalReview.confirmed", opinion,
                        StoredText.label("text.legalReview.gap." + (gaps.size() == 2 ? "BOTH" : gaps.get(0).name()))));
    }

    /**
     * What an agreement may pass over: the refusal's message key {@code review.gap.<NAME>}, the record's words
     * {@code text.legalReview.gap.<NAME>} (both: {@code BOTH}).
     */
    private enum Gap {
        NO_EVIDENCE,
        NOT_HEARD
    }

    private List<Gap> gaps(CaseFile c) {
        List<Gap> gaps = new ArrayList<>(2);
        if (evidence.activeCount(c.id()) == 0) {
            gaps.add(Gap.NO_EVIDENCE);
        }
        boolean heard = c.statementSummary() != null && !c.statementSummary().isBlank() || c.statementWaived() != null
                || hearings.hearingHeld(c.id());
        if (!heard) {
            gaps.add(Gap.NOT_HEARD);
        }
        return gaps;
    }
}
