package cn.zhifa.review;

import cn.zhifa.organization.Action;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.calendar.DeadlineLights;
import cn.zhifa.calendar.StatutoryPeriod;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.Duty;
import cn.zhifa.casefile.SeparationOfDuties;
import cn.zhifa.casefile.ReviewOutcome;
import cn.zhifa.casefile.ReviewPoint;
import cn.zhifa.casefile.StepPayload.CheckPoint;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.review.ReviewViews.Overview;
import cn.zhifa.review.ReviewViews.QueueEntry;
import cn.zhifa.review.ReviewViews.Round;
import cn.zhifa.review.internal.PointRow;
import cn.zhifa.review.internal.ReviewMapper;
import cn.zhifa.review.internal.RoundRow;
import cn.zhifa.review.internal.RuleRow;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Limits;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.InboxTask;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal review (法制审核): the requirement catalogue, the review rounds and their checklist, the review queue.
 * Reviewer qualification and recusal are in {@link ReviewerEligibility}, the advance notice and the hearing record in
 * {@link NoticesAndHearings}. The workflow steps call in here inside their transaction (the case row is locked); the
 * screens and the API read through the actor-scoped methods.
 */
@Service
public class LegalReviewService {

    /** 行政处罚法 (2021) in force: reviewers first engaged after this day need 法律职业资格 (Art. 58 ¶2). */
    public static final LocalDate QUALIFICATION_REQUIRED_AFTER = LocalDate.of(2021, 7, 15);

    private final ReviewMapper mapper;
    private final CaseFileService cases;
    private final OrganizationService organization;
    private final InboxService inbox;
    private final ReviewSettings settings;
    private final StatutoryPeriods periods;
    private final DeadlineLights lights;
    private final Clock clock;
    private final NoticesAndHearings hearings;

    public LegalReviewService(ReviewMapper mapper, CaseFileService cases, OrganizationService organization,
            InboxService inbox, ReviewSettings settings, StatutoryPeriods periods, DeadlineLights lights,
            Clock clock, NoticesAndHearings hearings) {
        this.hearings = hearings;
        this.mapper = mapper;
        this.cases = cases;
        this.organization = organization;
        this.inbox = inbox;
        this.settings = settings;
        this.periods = periods;
        this.lights = lights;
        this.clock = clock;
    }

    // ---- requirements ---------------------------------------------------------------------------------------------

    /** Evaluates the rules for the case and stores the result as the case's current snapshot. */
    @Transactional
    public List<Requirement> evaluate(long caseId, CaseFacts facts) {
        List<Requirement> all = requirements(facts);
        storeRequirements(caseId, all);
        return all;
    }

    /** What the rules require for these facts (reads the catalogue, stores nothing). */
    @Transactional(readOnly = true)
    public List<Requirement> requirements(CaseFacts facts) {
        return RequirementRules.evaluate(facts, catalogue(), settings);
    }

    /** Stores the requirements as the case's current snapshot. */
    @Transactional
    public void storeRequirements(long caseId, List<Requirement> all) {
        mapper.deleteRequirements(caseId);
        LocalDateTime now = LocalDateTime.now(clock);
        for (Requirement r : all) {
            mapper.insertRequirement(caseId, r.kind().name(), r.code(), r.reason(), now);
        }
    }

    /** The hearing-eligibility reasons for the facts (without storing anything). */
    public List<Requirement> hearingEligibility(CaseFacts facts) {
        return RequirementRules.hearing(facts, settings);
    }

    // ---- the catalogue --------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<CatalogueRule> catalogue() {
        return mapper.rules().stream().map(LegalReviewService::toRule).toList();
    }

    /** Adds ({@code id == null}) or changes a catalogue rule; admins only, who and when recorded. */
    @RequiresPermission(Action.REVIEW_CATALOGUE_EDIT)
    @Transactional
    public CatalogueRule saveRule(Actor admin, CatalogueRule rule) {
        OrganizationService.requireAdmin(admin);
        if (rule == null || rule.type() == null) {
            throw DomainException.invalid("field.required", "type");
        }
        String label = Limits.requiredText(rule.label(), "label", 200);
        boolean amounts = rule.type() == RuleType.FINE_AMOUNT || rule.type() == RuleType.CONFISCATION_AMOUNT;
        if (amounts && (rule.thresholdPerson() == null || rule.thresholdOrg() == null)) {
            throw DomainException.invalid("review.rule.thresholdsRequired");
        }
        for (BigDecimal t : Arrays.asList(rule.thresholdPerson(), rule.thresholdOrg())) {
            if (t != null && t.signum() < 0) {
                throw DomainException.invalid("outcome.negativeAmount");
            }
        }
        if (rule.type() == RuleType.LISTED_ITEM) {
            if (rule.itemId() == null) {
                throw DomainException.invalid("field.required", "itemId");
            }
            organization.item(rule.itemId());
        }
        if (rule.type() == RuleType.HEARING_HELD && !rule.active()) {
            throw DomainException.invalid("review.rule.statutory");
        }
        RuleRow row = rule.id() == null ? new RuleRow() : mapper.rule(rule.id());
        if (row == null) {
            throw DomainException.notFound("review.rule.notFound", rule.id());
        }
        row.ruleType = rule.type().name();
        row.label = label;
        row.thresholdPerson = amounts ? rule.thresholdPerson() : null;
        row.thresholdOrg = amounts ? rule.thresholdOrg() : null;
        row.itemId = rule.type() == RuleType.LISTED_ITEM ? rule.itemId() : null;
        row.legalBasis = rule.legalBasis() == null || rule.legalBasis().isBlank() ? null : rule.legalBasis().trim();
        row.active = rule.active();
        row.updatedBy = admin.userId();
        row.updatedAt = LocalDateTime.now(clock);
        if (row.id == null) {
            mapper.insertRule(row);
        } else {
            mapper.updateRule(row);
        }
        return toRule(mapper.rule(row.id));
    }

    // ---- review rounds ------------------------------------------------------------------------------------------

    /**
     * Checks the 118号 checklist: every point answered once; a problem needs a remark; AGREE only when every point
     * passed; a non-AGREE outcome needs at least one problem; TRANSFER needs the competence or the crime point.
     */
    public static void checkChecklist(ReviewOutcome outcome, List<CheckPoint> checklist) {
        if (outcome == null) {
            throw DomainException.invalid("field.required", "outcome");
        }
        if (checklist == null) {
            throw DomainException.invalid("review.checklist.incomplete");
        }
        Set<ReviewPoint> seen = EnumSet.noneOf(ReviewPoint.class);
        for (CheckPoint p : checklist) {
            if (p == null || p.point() == null || !seen.add(p.point())) {
                throw DomainException.invalid("review.checklist.incomplete");
            }
            if (!p.passed() && (p.remark() == null || p.remark().isBlank())) {
                throw DomainException.invalid("review.checklist.remarkRequired", p.point().ordinal() + 1);
            }
            if (p.remark() != null && p.remark().length() > 2000) {
                throw DomainException.invalid("field.tooLong", "remark", 2000);
            }
        }
        if (seen.size() != ReviewPoint.values().length) {
            throw DomainException.invalid("review.checklist.incomplete");
        }
        Set<ReviewPoint> problems = checklist.stream().filter(p -> !p.passed()).map(CheckPoint::point)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReviewPoint.class)));
        if (outcome == ReviewOutcome.AGREE && !problems.isEmpty()) {
            throw DomainException.invalid("review.agreeWithProblems");
        }
        if (outcome != ReviewOutcome.AGREE && problems.isEmpty()) {
            throw DomainException.invalid("review.noProblemMarked");
        }
        if (outcome == ReviewOutcome.TRANSFER && !problems.contains(ReviewPoint.COMPETENCE)
                && !problems.contains(ReviewPoint.CRIME_TRANSFER)) {
            throw DomainException.invalid("review.transferNeedsGround");
        }
    }

    /** The date the open review round started (its task was created) and its due date (one extension counted). */
    @Transactional(readOnly = true)
    public LocalDate[] openRoundDates(long caseId, LocalDate startedOn) {
        int roundNo = mapper.rounds(caseId).size() + 1;
        LocalDate due = periods.dueFrom(startedOn, StatutoryPeriod.LEGAL_REVIEW).date();
        if (mapper.countExtensions(caseId, roundNo) > 0) {
            due = periods.dueFrom(due, StatutoryPeriod.LEGAL_REVIEW).date();
        }
        return new LocalDate[] {startedOn, due};
    }

    /** Records a completed round (called by the workflow in the step's transaction). */
    @Transactional
    public Round recordRound(long caseId, long reviewerId, ReviewOutcome outcome, String opinion,
            LocalDate startedOn, List<CheckPoint> checklist) {
        LocalDate[] dates = openRoundDates(caseId, startedOn);
        RoundRow row = new RoundRow();
        row.caseId = caseId;
        row.roundNo = mapper.rounds(caseId).size() + 1;
        row.reviewerId = reviewerId;
        row.outcome = outcome.name();
        row.opinion = opinion;
        row.startedOn = dates[0];
        row.dueDate = dates[1];
        row.reviewedAt = LocalDateTime.now(clock);
        mapper.insertRound(row);
        for (ReviewPoint point : ReviewPoint.values()) {
            CheckPoint p = checklist.stream().filter(c -> c.point() == point).findFirst().orElseThrow();
            PointRow pr = new PointRow();
            pr.roundId = row.id;
            pr.checkPoint = point.name();
            pr.passed = p.passed();
            pr.remark = p.remark() == null || p.remark().isBlank() ? null : p.remark().trim();
            mapper.insertPoint(pr);
        }
        return rounds(caseId).get(row.roundNo - 1);
    }

    /** A head (not a handler) extends the open review round once by another LEGAL_REVIEW period. */
    @RequiresPermission(Action.REVIEW_EXTEND)
    @Transactional
    public LocalDate extendReview(Actor actor, long caseId, String reason) {
        CaseFile c = ReviewGuards.workable(cases, actor, caseId);
        if (!actor.isHead()) {
            throw DomainException.forbidden("auth.headOnly");
        }
        SeparationOfDuties.require(Duty.APPROVE_CLOCK, actor.userId(), cases.handlerIds(caseId));
        InboxTask open = inbox.openTasksOfCase(caseId).stream()
                .filter(t -> ProcedureTasks.LEGAL_REVIEW.equals(t.taskKey())).findFirst()
                .orElseThrow(() -> DomainException.invalid("review.notUnderReview"));
        int roundNo = mapper.rounds(caseId).size() + 1;
        String why = Limits.requiredText(reason, "reason", 2000);
        if (mapper.countExtensions(caseId, roundNo) > 0) {
            throw DomainException.invalid("review.extensionUsed");
        }
        mapper.insertExtension(caseId, roundNo, why, actor.userId(), LocalDateTime.now(clock));
        LocalDate due = openRoundDates(caseId, open.createdAt().toLocalDate())[1];
        cases.recordOnTimeline(caseId, "REVIEW_EXTENDED", actor.userId(), due + " " + why);
        return due;
    }

    @Transactional(readOnly = true)
    public List<Round> rounds(long caseId) {
        List<RoundRow> rounds = mapper.rounds(caseId);
        if (rounds.isEmpty()) {
            return List.of(); // most cases: no review, no check points to read
        }
        Map<Long, List<PointRow>> points = mapper.points(caseId).stream()
                .collect(Collectors.groupingBy(p -> p.roundId));
        return rounds.stream().map(r -> new Round(r.roundNo, r.reviewerId, r.reviewerName,
                ReviewOutcome.valueOf(r.outcome), r.opinion, r.startedOn, r.dueDate, r.reviewedAt,
                points.getOrDefault(r.id, List.of()).stream()
                        .map(p -> new CheckPoint(ReviewPoint.valueOf(p.checkPoint), p.passed, p.remark))
                        .sorted(java.util.Comparator.comparing(CheckPoint::point)).toList())).toList();
    }

    /** Whether some round of this case did not agree (a deliberation trigger). */
    @Transactional(readOnly = true)
    public boolean hadDisagreement(long caseId) {
        return mapper.rounds(caseId).stream().anyMatch(r -> !ReviewOutcome.AGREE.name().equals(r.outcome));
    }

    @Transactional(readOnly = true)
    public Optional<ReviewOutcome> lastOutcome(long caseId) {
        List<RoundRow> rounds = mapper.rounds(caseId);
        return rounds.isEmpty() ? Optional.empty()
                : Optional.of(ReviewOutcome.valueOf(rounds.get(rounds.size() - 1).outcome));
    }

    // ---- reads for the screens and the API ----------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Overview overview(Actor actor, long caseId) {
        cases.get(actor, caseId);
        List<Requirement> reqs = mapper.requirements(caseId).stream()
                .map(r -> new Requirement(RequirementKind.valueOf(r.kind), r.code, r.reason)).toList();
        return new Overview(reqs, rounds(caseId), hearings.latestNotice(caseId).orElse(null),
                hearings.latestHearing(caseId).orElse(null),
                mapper.recusals(caseId).stream().map(ReviewerEligibility::toRecusal).toList());
    }

    /** Open legal reviews the actor could work (own unit), due dates with lights; recused cases left out. */
    @Transactional(readOnly = true)
    public List<QueueEntry> queue(Actor actor) {
        if (!actor.has(Role.LEGAL_REVIEWER)) {
            throw DomainException.forbidden("task.notCandidate");
        }
        LocalDate today = LocalDate.now(clock);
        List<QueueEntry> out = new ArrayList<>();
        for (InboxTask t : inbox.inbox(actor, InboxTask.PROCEDURE_ORDINARY, 0, 500)) {
            if (!ProcedureTasks.LEGAL_REVIEW.equals(t.taskKey())
                    || mapper.countGrantedRecusals(t.caseId(), actor.userId()) > 0) {
                continue;
            }
            LocalDate started = t.createdAt().toLocalDate();
            int roundNo = mapper.rounds(t.caseId()).size() + 1;
            LocalDate due = openRoundDates(t.caseId(), started)[1];
            out.add(new QueueEntry(t.taskId(), t.caseId(), t.caseNo(), t.partyName(), t.itemName(), t.assigneeId(),
                    t.assigneeName(), started, due, lights.light(due, today),
                    mapper.countExtensions(t.caseId(), roundNo) > 0));
        }
        out.sort(java.util.Comparator.comparing(QueueEntry::dueDate));
        return out;
    }

    /** Claims a review from the queue: the same eligibility as at completion, then the inbox claim. */
    @RequiresPermission(Action.REVIEW_CLAIM)
    @Transactional
    public InboxTask claim(Actor actor, String taskId) {
        return inbox.claim(actor, taskId);
    }



    private static CatalogueRule toRule(RuleRow r) {
        return new CatalogueRule(r.id, RuleType.valueOf(r.ruleType), r.label, r.thresholdPerson, r.thresholdOrg,
                r.itemId, r.legalBasis, r.active, r.updatedBy, r.updatedAt);
    }


}
