package cn.zhifa.procedure;

import cn.zhifa.shared.StoredText;
import cn.zhifa.casefile.CaseChanges;
import cn.zhifa.casefile.ClockEventKind;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.StepContext;
import cn.zhifa.casefile.StepResult;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.review.CaseFacts;
import cn.zhifa.review.LegalReviewService;
import cn.zhifa.review.NoticesAndHearings;
import cn.zhifa.review.Requirement;
import cn.zhifa.review.RequirementKind;
import cn.zhifa.shared.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the steps ask the legal review about the case: whether legal review and deliberation are required (and the
 * gateway variables), the facts the rules read, and the outcome as an officer writes it.
 */
@Component
class Gates {

    private final LegalReviewService reviews;
    private final NoticesAndHearings hearings;
    private final Messages messages;

    Gates(LegalReviewService reviews, NoticesAndHearings hearings, Messages messages) {
        this.reviews = reviews;
        this.hearings = hearings;
        this.messages = messages;
    }

    /**
     * Evaluates whether legal review and deliberation are required (catalogue, hearing, triggers), notes deliberation
     * on the case and sets the gateway variables. Requirements only ever add: deliberation once required stays.
     */
    List<Requirement> gates(StepContext<?> ctx, StepResult result) {
        return gates(ctx, result, null, null);
    }

    /**
     * {@link #gates(StepContext, StepResult)} with facts the step itself establishes (its acts are not written
     * yet): {@code hearingHeld} / {@code disagreement} non-null override what the review module has stored.
     */
    List<Requirement> gates(StepContext<?> ctx, StepResult result, Boolean hearingHeld, Boolean disagreement) {
        CaseChanges c = ctx.changes();
        long caseId = ctx.caseId();
        List<Requirement> reqs = reviews.requirements(facts(ctx, hearingHeld, disagreement));
        result.act(() -> reviews.storeRequirements(caseId, reqs));
        boolean review = reqs.stream().anyMatch(r -> r.kind() == RequirementKind.REVIEW);
        if (reqs.stream().anyMatch(r -> r.kind() == RequirementKind.DELIBERATION) && !c.deliberationRequired()) {
            c.deliberationRequired(true);
        }
        result.variable(ProcedureTasks.VAR_LEGAL_REVIEW_REQUIRED, review && !c.legalReviewPassed());
        result.variable(ProcedureTasks.VAR_DELIBERATION_REQUIRED, c.deliberationRequired());
        return reqs;
    }

    CaseFacts facts(StepContext<?> ctx) {
        return facts(ctx, null, null);
    }

    CaseFacts facts(StepContext<?> ctx, Boolean hearingHeld, Boolean disagreement) {
        CaseChanges c = ctx.changes();
        boolean secondExtension = ctx.clockEvents().stream()
                .anyMatch(e -> e.kind() == ClockEventKind.EXTENSION_COLLECTIVE);
        return new CaseFacts(c.proposedOutcome(), c.proposedFine(), c.proposedConfiscation(), ctx.partyKinds(),
                c.itemId(), hearingHeld != null ? hearingHeld : hearings.hearingHeld(ctx.caseId()), c.major(),
                c.majorReason(), c.deliberationReferred(), c.benchmarkDeparture(), c.benchmarkDepartureReason(),
                disagreement != null ? disagreement : reviews.hadDisagreement(ctx.caseId()), secondExtension);
    }

    /** The zh-CN label of a service method. */
    String method(cn.zhifa.casefile.ServiceMethod method) {
        return messages.get("ui.method." + method, Messages.ZH_CN);
    }

    /**
     * A service as the record entry states it: "2026-01-10 公告送达（视为送达 2026-02-09）：理由", "… 邮寄送达：EMS…".
     */
    StoredText served(cn.zhifa.casefile.ServiceOfDocuments.Served s) {
        StoredText method = StoredText.label("ui.method." + s.method());
        StoredText text = s.deemed().equals(s.delivered()) ? StoredText.of("text.served", s.delivered(), method)
                : StoredText.of("text.served.deemed", s.delivered(), method, s.deemed());
        return s.note() == null ? text : StoredText.of("text.withNote", text, s.note());
    }

    /** {@link #describe} as a text of the bundles, for the record (decision 0033). */
    StoredText outcome(OutcomeType type, BigDecimal fine) {
        return type.text(fine);
    }

    /** The outcome as an officer writes it: "罚款 500.00 元". */
    String describe(OutcomeType type, BigDecimal fine) {
        String label = messages.get("ui.outcome." + type.name(), Messages.ZH_CN);
        return fine == null ? label : label + " " + fine.setScale(2, RoundingMode.HALF_UP).toPlainString() + " 元";
    }
}
