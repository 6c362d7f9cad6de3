package cn.zhifa.supervision;

import cn.zhifa.shared.StoredText;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.casefile.CaseStatistics;
import cn.zhifa.casefile.CaseStatistics.CaseRef;
import cn.zhifa.casefile.StageChange;
import cn.zhifa.complaint.ComplaintService;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import cn.zhifa.supervision.Plans.NewPlan;
import cn.zhifa.supervision.Plans.Plan;
import cn.zhifa.supervision.Plans.PlanCase;
import cn.zhifa.supervision.Plans.Redraw;
import cn.zhifa.supervision.internal.AssignmentRow;
import cn.zhifa.supervision.internal.PlanCaseRow;
import cn.zhifa.supervision.internal.PlanRow;
import cn.zhifa.supervision.internal.SupervisionMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review plans (评查计划) from drawing to the per-unit report: scope and sampling (seed and population stored, so a
 * plan can be re-drawn by anyone), targeted picks, reviewers under the recusal rules, independent scores signed by
 * each reviewer, the panel result and grade, the report per unit (一单位一问题清单), objection and re-check on the
 * working-day calendar. Plans are the supervisors' (监督); the reviewed unit's heads object.
 */
@Service
public class ReviewPlanService {

    /** Record actions that do not make a user an approver of the case (reading, verifying, supervision itself). */
    private static final Set<String> PASSIVE_ACTIONS = Set.of("CASE_VIEWED", "RECORD_VERIFIED", "RECORD_EXPORTED",
            "EVIDENCE_VIEWED", "EVIDENCE_DOWNLOADED", "GALLERY_OPENED");
    private static final Set<Role> REVIEWER_ROLES = Set.of(Role.SUPERVISOR, Role.LEGAL_REVIEWER, Role.HEAD,
            Role.PRINCIPAL_HEAD, Role.TEAM_LEADER);
    private static final int MAX_SAMPLE = 10_000;

    private final SupervisionMapper mapper;
    private final CaseStatistics statistics;
    private final CaseFileService cases;
    private final ComplaintService complaints;
    private final OrganizationService organization;
    private final RubricService rubrics;
    private final ScoringService scoring;
    private final CaseRecord record;
    private final SupervisionSettings settings;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    ReviewPlanService(SupervisionMapper mapper, CaseStatistics statistics, CaseFileService cases,
            ComplaintService complaints, OrganizationService organization, RubricService rubrics,
            ScoringService scoring, CaseRecord record, SupervisionSettings settings, Clock clock) {
        this.mapper = mapper;
        this.statistics = statistics;
        this.cases = cases;
        this.complaints = complaints;
        this.organization = organization;
        this.rubrics = rubrics;
        this.scoring = scoring;
        this.record = record;
        this.settings = settings;
        this.clock = clock;
    }

    // ---- plans and sampling --------------------------------------------------------------------------------------

    /**
     * Creates the plan and draws its cases at once: all cases in scope (全面) or a random sample by the seed (given,
     * or chosen and stored), plus the targeted picks. Each drawn case's record notes it. The current rubric version
     * is fixed for the plan.
     */
    @Transactional
    @RequiresPermission(Action.SUPERVISION_PLAN)
    public Plan create(Actor actor, NewPlan p) {
        validate(p);
        List<CaseRef> scope = statistics.inScope(p.unitIds(), p.from(), p.to(), p.procedures());
        List<Long> population = scope.stream().map(CaseRef::caseId).toList();
        Map<Long, CaseRef> byId = scope.stream().collect(Collectors.toMap(CaseRef::caseId, r -> r));
        Rubric rubric = rubrics.current();
        PlanRow row = new PlanRow();
        row.title = p.title().trim();
        row.method = p.method().name();
        row.crossReview = p.crossReview();
        row.unitIds = p.unitIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        row.periodFrom = p.from();
        row.periodTo = p.to();
        row.procedures = String.join(",", p.procedures());
        row.sampleSize = p.method() == PlanMethod.SAMPLE ? p.sampleSize() : null;
        row.seed = p.method() == PlanMethod.SAMPLE ? (p.seed() != null ? p.seed() : seeds.nextLong()) : null;
        row.population = Sampling.encode(population);
        row.populationSha256 = Sampling.sha256(row.population);
        List<Target> targets = p.targets() == null ? List.of() : p.targets().stream().distinct().toList();
        row.targets = targets.isEmpty() ? null : targets.stream().map(Enum::name).collect(Collectors.joining(","));
        row.deadline = p.deadline();
        row.rubricId = rubric.id();
        row.status = "DRAWN";
        row.createdBy = actor.userId();
        row.createdAt = LocalDateTime.now(clock);
        row.drawnAt = row.createdAt;
        mapper.insertPlan(row);

        Map<Long, String> picks = new LinkedHashMap<>();
        if (p.method() == PlanMethod.FULL) {
            population.forEach(id -> picks.put(id, "ALL"));
        } else {
            Sampling.draw(population, row.seed, p.sampleSize()).forEach(id -> picks.put(id, "RANDOM"));
        }
        for (Target t : targets) {
            for (Long id : targeted(t, population)) {
                picks.putIfAbsent(id, "TARGET_" + t.name());
            }
        }
        int order = 0;
        for (Map.Entry<Long, String> e : picks.entrySet()) {
            CaseRef ref = byId.get(e.getKey());
            PlanCaseRow c = new PlanCaseRow();
            c.planId = row.id;
            c.caseId = ref.caseId();
            c.unitId = ref.unitId();
            c.caseNo = ref.caseNo();
            c.pick = e.getValue();
            c.drawOrder = ++order;
            mapper.insertPlanCase(c);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("planId", row.id);
            d.put("pick", c.pick);
            d.put("seed", row.seed);
            record.append(ref.caseId(), "SV_CASE_DRAWN", actor.userId(),
                    StoredText.of("text.sv.caseDrawn", row.title), d);
        }
        return plan(actor, row.id);
    }

    private List<Long> targeted(Target t, List<Long> population) {
        if (population.isEmpty()) {
            return List.of();
        }
        List<Long> out = new ArrayList<>();
        for (List<Long> chunk : chunks(population)) {
            switch (t) {
                case OVERTURNED -> out.addAll(statistics.overturned(chunk));
                case FINDINGS -> out.addAll(mapper.casesWithFindings(chunk));
                case OVERDUE -> out.addAll(mapper.casesWithFindingKinds(chunk, List.of(
                        FindingKind.LATE_FILING.name(), FindingKind.LATE_DECISION.name(),
                        FindingKind.LATE_SERVICE.name(), FindingKind.LATE_CLOSING.name(),
                        FindingKind.STEP_OVERDUE.name())));
                case COMPLAINED -> chunk.stream().filter(id -> !complaints.ofCase(id).isEmpty()).forEach(out::add);
                default -> throw new IllegalStateException(t.name());
            }
        }
        return out;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            out.add(ids.subList(i, Math.min(ids.size(), i + 1000)));
        }
        return out;
    }

    private void validate(NewPlan p) {
        if (p == null || p.title() == null || p.title().isBlank()) {
            throw DomainException.invalid("field.required", "title");
        }
        if (p.title().length() > 200) {
            throw DomainException.invalid("field.tooLong", "title", 200);
        }
        if (p.method() == null) {
            throw DomainException.invalid("field.required", "method");
        }
        if (p.unitIds() == null || p.unitIds().isEmpty()) {
            throw DomainException.invalid("sv.plan.noUnits");
        }
        for (Long u : p.unitIds()) {
            organization.unit(u);
        }
        if (p.from() == null || p.to() == null || p.to().isBefore(p.from())) {
            throw DomainException.invalid("sv.plan.badPeriod");
        }
        if (p.procedures() == null || p.procedures().isEmpty()
                || !Set.of("ORDINARY", "SUMMARY").containsAll(p.procedures())) {
            throw DomainException.invalid("sv.plan.badProcedures");
        }
        if (p.method() == PlanMethod.SAMPLE
                && (p.sampleSize() == null || p.sampleSize() < 1 || p.sampleSize() > MAX_SAMPLE)) {
            throw DomainException.invalid("sv.plan.badSampleSize", MAX_SAMPLE);
        }
        if (p.deadline() == null || p.deadline().isBefore(LocalDate.now(clock))) {
            throw DomainException.invalid("sv.plan.badDeadline");
        }
    }

    @Transactional(readOnly = true)
    public List<Plan> plans(Actor actor) {
        requireReader(actor);
        return mapper.plans().stream().map(r -> toPlan(r, false)).toList();
    }

    /** A plan with its cases, reviewers and panel results (supervisors; a reviewer of the plan). */
    @Transactional(readOnly = true)
    public Plan plan(Actor actor, long planId) {
        PlanRow r = planRow(planId);
        if (!actor.has(Role.SUPERVISOR)
                && mapper.assignments(planId).stream().noneMatch(a -> a.reviewerId == actor.userId())) {
            throw DomainException.notFound("sv.plan.notFound", planId);
        }
        return toPlan(r, true);
    }

    /** Re-draws the plan from its stored seed and population; also says whether today's scope reads the same. */
    @Transactional(readOnly = true)
    public Redraw redraw(Actor actor, long planId) {
        requireReader(actor);
        PlanRow r = planRow(planId);
        if (r.seed == null) {
            throw DomainException.invalid("sv.plan.notSampled");
        }
        List<Long> population = Sampling.decode(r.population);
        List<Long> drawn = mapper.planCases(planId).stream().filter(c -> "RANDOM".equals(c.pick))
                .map(c -> c.caseId).toList();
        List<Long> redrawn = Sampling.draw(population, r.seed, r.sampleSize);
        List<Long> today = statistics.inScope(ids(r.unitIds), r.periodFrom, r.periodTo,
                Arrays.asList(r.procedures.split(","))).stream().map(CaseRef::caseId).toList();
        return new Redraw(planId, r.seed, drawn, redrawn, drawn.equals(redrawn), population.size(),
                Sampling.sha256(Sampling.encode(today)).equals(r.populationSha256));
    }

    static void requireReader(Actor actor) {
        if (!(actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN))) {
            throw DomainException.forbidden("sv.supervisorOnly");
        }
    }

    // ---- reviewers --------------------------------------------------------------------------------------------

    /**
     * Assigns a reviewer to a drawn case. Refused: a user who may not review, a handler of the case, anyone who acted
     * on it (approved, reviewed, decided — its record names them), and in cross review anyone of the case's unit.
     */
    @Transactional
    @RequiresPermission(Action.SUPERVISION_PLAN)
    public PlanCase assign(Actor actor, long planCaseId, long reviewerId) {
        PlanCaseRow pc = planCaseRow(planCaseId);
        PlanRow plan = mapper.planForUpdate(pc.planId);
        UserAccount reviewer;
        try {
            reviewer = organization.user(reviewerId);
        } catch (DomainException e) {
            throw DomainException.invalid("sv.reviewer.notEligible", reviewerId);
        }
        if (cases.handlerIds(pc.caseId).contains(reviewerId)) {
            throw DomainException.invalid("sv.reviewer.handler", reviewer.displayName(), pc.caseNo);
        }
        if (actedOn(pc.caseId).contains(reviewerId)) {
            throw DomainException.invalid("sv.reviewer.approver", reviewer.displayName(), pc.caseNo);
        }
        if (!reviewer.enabled() || reviewer.roles().stream().noneMatch(REVIEWER_ROLES::contains)) {
            throw DomainException.invalid("sv.reviewer.notEligible", reviewer.displayName());
        }
        if (plan.crossReview && reviewer.unitId() == pc.unitId) {
            throw DomainException.invalid("sv.reviewer.sameUnit", reviewer.displayName(), pc.caseNo);
        }
        if (mapper.assignmentsOfCase(planCaseId).stream().anyMatch(a -> a.reviewerId == reviewerId)) {
            throw DomainException.conflict("sv.reviewer.duplicate", reviewer.displayName());
        }
        AssignmentRow a = new AssignmentRow();
        a.planCaseId = planCaseId;
        a.reviewerId = reviewerId;
        a.assignedBy = actor.userId();
        a.assignedAt = LocalDateTime.now(clock);
        mapper.insertAssignment(a);
        return toPlanCase(pc);
    }

    /** Every user who acted on the case according to its full-process record (not merely reading it). */
    Set<Long> actedOn(long caseId) {
        Set<Long> out = new HashSet<>();
        for (StageChange e : cases.view(PreAuditService.SYSTEM, caseId).history()) {
            if (e.actorId() != null && !PASSIVE_ACTIONS.contains(e.action()) && !e.action().startsWith("SV_")) {
                out.add(e.actorId());
            }
        }
        out.add(cases.get(PreAuditService.SYSTEM, caseId).registeredBy());
        return out;
    }

    /** The cases assigned to the actor for scoring, newest plan first. */
    @Transactional(readOnly = true)
    public List<PlanCase> myCases(Actor actor) {
        return mapper.assignedTo(actor.userId()).stream().map(this::toPlanCase).toList();
    }

    // ---- mapping -----------------------------------------------------------------------------------------------

    PlanRow planRow(long id) {
        PlanRow r = mapper.plan(id);
        if (r == null) {
            throw DomainException.notFound("sv.plan.notFound", id);
        }
        return r;
    }

    private PlanCaseRow planCaseRow(long id) {
        PlanCaseRow r = mapper.planCase(id);
        if (r == null) {
            throw DomainException.notFound("sv.planCase.notFound", id);
        }
        return r;
    }

    private static List<Long> ids(String csv) {
        return Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
    }

    private Plan toPlan(PlanRow r, boolean withCases) {
        List<Target> targets = r.targets == null ? List.of()
                : Arrays.stream(r.targets.split(",")).map(Target::valueOf).toList();
        int version = rubrics.byId(r.rubricId).version();
        return new Plan(r.id, r.title, PlanMethod.valueOf(r.method), r.crossReview, ids(r.unitIds), r.periodFrom,
                r.periodTo, Arrays.asList(r.procedures.split(",")), r.sampleSize, r.seed,
                Sampling.decode(r.population).size(), r.populationSha256, targets, r.deadline, version, r.rubricId,
                r.status, r.createdBy, r.createdAt,
                withCases ? mapper.planCases(r.id).stream().map(this::toPlanCase).toList() : List.of());
    }

    PlanCase toPlanCase(PlanCaseRow c) {
        return new PlanCase(c.id, c.planId, c.caseId, c.unitId, c.caseNo, c.pick, c.drawOrder,
                mapper.assignmentsOfCase(c.id).stream().map(a -> a.reviewerId).toList(), scoring.panel(c.id));
    }
}
