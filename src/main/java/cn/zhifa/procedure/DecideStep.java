package cn.zhifa.procedure;

import cn.zhifa.shared.StoredText;
import static cn.zhifa.procedure.StepRules.blankToNull;
import static cn.zhifa.procedure.StepRules.checkOutcome;
import static cn.zhifa.procedure.StepRules.docNo;
import static cn.zhifa.procedure.StepRules.pastOrToday;
import static cn.zhifa.procedure.StepRules.requireHead;
import static cn.zhifa.procedure.StepRules.required;

import cn.zhifa.casefile.CaseChanges;
import cn.zhifa.casefile.CaseDeadline;
import cn.zhifa.casefile.CaseDecided;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.CollectiveDeliberation;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.DocumentKind;
import cn.zhifa.casefile.LateDecisionService;
import cn.zhifa.casefile.Duty;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.ReviewOutcome;
import cn.zhifa.casefile.StepContext;
import cn.zhifa.casefile.StepPayload.Decision;
import cn.zhifa.casefile.StepResult;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.review.LegalReviewService;
import cn.zhifa.review.NoticesAndHearings;
import cn.zhifa.review.Requirement;
import cn.zhifa.review.RequirementKind;
import cn.zhifa.review.ReviewViews;
import cn.zhifa.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 处罚决定 by a head who is not a handler: only after the notice and the party was heard (or the hearing), the
 * legal review when required, the heads' resolution when required (and matching it), within the decision period and
 * never heavier than notified.
 */
@Component
class DecideStep extends OrdinaryStep<Decision> {

    private final LegalReviewService reviews;
    private final NoticesAndHearings hearings;
    private final CollectiveDeliberation deliberation;
    private final Gates gates;
    private final LateDecisionService lateDecisions;

    DecideStep(LegalReviewService reviews, NoticesAndHearings hearings, CollectiveDeliberation deliberation,
            Gates gates, LateDecisionService lateDecisions) {
        super(ProcedureTasks.TASK_DECISION, Decision.class, CaseStage.DECISION, DeadlineKind.DECISION);
        this.reviews = reviews;
        this.hearings = hearings;
        this.deliberation = deliberation;
        this.gates = gates;
        this.lateDecisions = lateDecisions;
    }

    @Override
    public StepResult apply(StepContext<Decision> ctx) {
        Decision p = ctx.payload();
        CaseChanges c = ctx.changes();
        long caseId = ctx.caseId();
        StepResult r = new StepResult();
        requireHead(ctx.actor());
        ctx.requireNotHandler(Duty.DECIDE);
        if (c.noticeServedDate() == null) {
            throw DomainException.invalid("decision.noNotice");
        }
        if (c.statementWaived() == null) {
            throw DomainException.invalid("decision.partyNotHeard");
        }
        if (hearings.latestHearing(caseId)
                .map(h -> "REQUESTED".equals(h.status()) || "SCHEDULED".equals(h.status())).orElse(false)) {
            throw DomainException.invalid("decision.hearingPending");
        }
        List<Requirement> reqs = reviews.requirements(gates.facts(ctx));
        r.act(() -> reviews.storeRequirements(caseId, reqs));
        boolean reviewRequired = reqs.stream().anyMatch(q -> q.kind() == RequirementKind.REVIEW);
        ReviewOutcome lastReview = reviews.lastOutcome(caseId).orElse(null);
        if (reviewRequired && !c.legalReviewPassed() && lastReview != ReviewOutcome.TRANSFER) {
            throw DomainException.invalid("decision.noLegalReview");
        }
        if (lastReview == ReviewOutcome.TRANSFER && !c.legalReviewPassed() && p.outcome() != OutcomeType.TRANSFER) {
            throw DomainException.invalid("decision.transferOnly");
        }
        if (c.deliberationRequired() && c.deliberationResolution() == null) {
            throw DomainException.invalid("decision.noDeliberation");
        }
        if (p.outcome() == null) {
            throw DomainException.invalid("field.required", "outcome");
        }
        checkOutcome(p.outcome(), p.fine(), p.confiscation(), p.correctionOrder());
        // 行政处罚法 Art. 33 ¶3: no penalty only together with educating the party, on the record
        String education = blankToNull(p.educationRecord());
        if (p.outcome() == OutcomeType.NO_PENALTY && education == null) {
            throw DomainException.invalid("decision.educationRequired");
        }
        if (c.deliberationRequired()) {
            // 行政处罚法 Art. 57 ¶2: the decision is the heads' collective one — it must match their resolution
            CollectiveDeliberation.Resolution res = deliberation.resolution(caseId)
                    .orElseThrow(() -> DomainException.invalid("decision.noDeliberation"));
            if (p.outcome() != res.outcome() || !OutcomeType.sameAmount(p.fine(), res.fine())
                    || !OutcomeType.sameAmount(p.confiscation(), res.confiscation())) {
                throw DomainException.invalid("decision.differsFromResolution", gates.describe(res.outcome(),
                        res.fine()), res.confiscation() == null ? "0" : res.confiscation().toPlainString());
            }
        }
        LocalDate decided = pastOrToday(p.decidedDate(), "decidedDate", ctx.today());
        if (decided.isBefore(c.noticeServedDate())) {
            throw DomainException.invalid("decision.beforeNotice");
        }
        CaseDeadline limit = ctx.decisionDeadline().orElse(null);
        boolean late = limit != null && decided.isAfter(limit.due());
        if (late && lateDecisions.approvalFor(caseId, limit.due()).isEmpty()) {
            // 行政处罚法 Art. 60: 90 days from filing unless lawfully extended; late only with a head's approval (0025)
            throw DomainException.invalid("decision.overdue", limit.due());
        }
        ReviewViews.Notice notified = hearings.latestNotice(caseId).orElse(null);
        if (notified != null && NoticesAndHearings.heavierThan(p.outcome(), p.fine(), p.confiscation(), notified)) {
            // 行政处罚法 Art. 45: never heavier than the notified proposal
            throw DomainException.invalid("decision.heavierThanNotified", gates.describe(notified.proposedOutcome(),
                    notified.fine()));
        }
        c.decidedOutcome(p.outcome()).decidedFine(p.fine()).decidedConfiscation(p.confiscation());
        if (blankToNull(p.correctionOrder()) != null) {
            c.correctionOrder(p.correctionOrder().trim());
        }
        c.decidedBy(ctx.actor().userId()).decidedDate(decided);
        if (p.outcome() == OutcomeType.NO_PENALTY) {
            c.educationRecord(required(education, "educationRecord"));
        }
        // 处理决定审批表: the head's own words when typed (a decision taken again replaces or clears them)
        String opinion = blankToNull(p.approvalOpinion());
        c.decisionOpinion(opinion == null ? null : opinion.strip());
        String title = switch (p.outcome()) {
            case WARNING, FINE, CONFISCATION, SUSPENSION, REVOCATION -> DocumentKind.DECISION.title();
            case NO_PENALTY -> "不予行政处罚决定书";
            case NOT_ESTABLISHED -> "案件处理决定书（违法事实不成立）";
            case TRANSFER -> "案件移送书";
        };
        // 处理决定审批表 (Art. 57): the head's decision on the proposal, filed before the decision it approves
        r.variable(ProcedureTasks.VAR_TRANSFER, p.outcome() == OutcomeType.TRANSFER)
                .document(DocumentKind.DECISION_APPROVAL_FORM)
                .document(DocumentKind.DECISION, title, docNo(c, "罚决字"));
        if (p.outcome().isPenalty()) {
            // 行政处罚法 Art. 28: the order to correct accompanies every penalty, as its own 责令(限期)改正通知书
            r.document(DocumentKind.CORRECTION_ORDER, DocumentKind.CORRECTION_ORDER.title(), docNo(c, "责改字"));
        }
        StoredText described = gates.outcome(p.outcome(), p.fine());
        if (late) {
            described = StoredText.of("text.decided.late", described, limit.due());
        }
        return r.event(new CaseDecided(caseId, p.outcome(), decided))
                .done("DECIDED", p.outcome() == OutcomeType.NO_PENALTY
                        ? StoredText.of("text.decided.education", described, education) : described);
    }
}
