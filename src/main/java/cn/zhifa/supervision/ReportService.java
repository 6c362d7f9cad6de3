package cn.zhifa.supervision;

import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.organization.Role;
import cn.zhifa.shared.DomainException;
import cn.zhifa.supervision.Plans.Objection;
import cn.zhifa.supervision.Plans.PlanCase;
import cn.zhifa.supervision.Plans.Problem;
import cn.zhifa.supervision.Plans.UnitReport;
import cn.zhifa.supervision.internal.ObjectionRow;
import cn.zhifa.supervision.internal.PlanCaseRow;
import cn.zhifa.supervision.internal.PlanRow;
import cn.zhifa.supervision.internal.ReportRow;
import cn.zhifa.supervision.internal.ScoreLineRow;
import cn.zhifa.supervision.internal.ScoreRow;
import cn.zhifa.supervision.internal.SupervisionMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A review plan's outcome per unit: the report (一单位一问题清单) issued once the unit's cases have their panel
 * results, the reviewed unit head's objection (异议) within the objection period and the supervisors' re-check (复核)
 * within the re-check period, both on the working-day calendar and noted in the case's record.
 */
@Service
public class ReportService {

    private final SupervisionMapper mapper;
    private final ReviewPlanService plans;
    private final ScoringService scoring;
    private final RubricService rubrics;
    private final OrganizationService organization;
    private final CaseRecord record;
    private final SupervisionSettings settings;
    private final Clock clock;

    ReportService(SupervisionMapper mapper, ReviewPlanService plans, ScoringService scoring, RubricService rubrics,
            OrganizationService organization, CaseRecord record, SupervisionSettings settings, Clock clock) {
        this.mapper = mapper;
        this.plans = plans;
        this.scoring = scoring;
        this.rubrics = rubrics;
        this.organization = organization;
        this.record = record;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Issues the report to one unit (一单位一问题清单) once every case of that unit in the plan has its panel result:
     * the objection period runs from today on the working-day calendar.
     */
    @Transactional
    @RequiresPermission(Action.SUPERVISION_PLAN)
    public UnitReport issueReport(Actor actor, long planId, long unitId, String advice) {
        PlanRow plan = mapper.planForUpdate(planId);
        if (plan == null) {
            throw DomainException.notFound("sv.plan.notFound", planId);
        }
        List<PlanCaseRow> ofUnit = mapper.planCases(planId).stream().filter(c -> c.unitId == unitId).toList();
        if (ofUnit.isEmpty()) {
            throw DomainException.invalid("sv.report.noCases");
        }
        for (PlanCaseRow c : ofUnit) {
            if (!scoring.panel(c.id).complete()) {
                throw DomainException.invalid("sv.report.unscored", c.caseNo == null ? c.caseId : c.caseNo);
            }
        }
        if (mapper.report(planId, unitId) != null) {
            throw DomainException.conflict("sv.report.issued");
        }
        ReportRow r = new ReportRow();
        r.planId = planId;
        r.unitId = unitId;
        r.advice = advice == null || advice.isBlank() ? null : advice.trim();
        r.issuedBy = actor.userId();
        r.issuedOn = LocalDate.now(clock);
        r.objectionDue = settings.objectionDue(r.issuedOn);
        mapper.insertReport(r);
        plan.status = "REPORTED";
        mapper.updatePlan(plan);
        return toReport(r);
    }

    /** A report as the supervisors and the reviewed unit's heads and team leaders see it. */
    @Transactional(readOnly = true)
    public UnitReport report(Actor actor, long reportId) {
        ReportRow r = reportRow(reportId);
        if (!(actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN)
                || (actor.unitId() == r.unitId && (actor.isHead() || actor.has(Role.TEAM_LEADER))))) {
            throw DomainException.notFound("sv.report.notFound", reportId);
        }
        return toReport(r);
    }

    @Transactional(readOnly = true)
    public List<UnitReport> reports(Actor actor, long planId) {
        ReviewPlanService.requireReader(actor);
        return mapper.reports(planId).stream().map(this::toReport).toList();
    }

    /** 异议: the reviewed unit's head asks for a re-check within the objection period (working days). */
    @Transactional
    @RequiresPermission(Action.SUPERVISION_ANSWER)
    public Objection object(Actor actor, long reportId, Long planCaseId, String reason) {
        ReportRow r = reportRow(reportId);
        if (!(actor.isHead() && actor.unitId() == r.unitId)) {
            throw DomainException.forbidden("sv.objection.headsOnly");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("field.required", "reason");
        }
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(r.objectionDue)) {
            throw DomainException.invalid("sv.objection.late", r.objectionDue);
        }
        PlanCaseRow pc = null;
        if (planCaseId != null) {
            pc = mapper.planCase(planCaseId);
            if (pc == null || pc.planId != r.planId || pc.unitId != r.unitId) {
                throw DomainException.notFound("sv.planCase.notFound", planCaseId);
            }
        }
        ObjectionRow o = new ObjectionRow();
        o.reportId = reportId;
        o.planCaseId = planCaseId;
        o.reason = reason.trim();
        o.filedBy = actor.userId();
        o.filedOn = today;
        o.recheckDue = settings.recheckDue(today);
        o.status = "OPEN";
        mapper.insertObjection(o);
        if (pc != null) {
            record.append(pc.caseId, "SV_OBJECTION_FILED", actor.userId(), o.reason,
                    Map.of("objectionId", o.id, "recheckDue", o.recheckDue.toString()));
        }
        return toObjection(o);
    }

    /** 复核: a supervisor answers the objection (upheld or rejected) in writing; a late answer is marked late. */
    @Transactional
    @RequiresPermission(Action.SUPERVISION_PLAN)
    public Objection recheck(Actor actor, long objectionId, boolean upheld, String reply) {
        ObjectionRow o = mapper.objectionForUpdate(objectionId);
        if (o == null) {
            throw DomainException.notFound("sv.objection.notFound", objectionId);
        }
        if (!"OPEN".equals(o.status)) {
            throw DomainException.conflict("sv.objection.answered");
        }
        if (reply == null || reply.isBlank()) {
            throw DomainException.invalid("field.required", "reply");
        }
        o.status = upheld ? "UPHELD" : "REJECTED";
        o.reply = reply.trim();
        o.repliedBy = actor.userId();
        o.repliedOn = LocalDate.now(clock);
        mapper.updateObjection(o);
        if (o.planCaseId != null) {
            PlanCaseRow pc = mapper.planCase(o.planCaseId);
            record.append(pc.caseId, "SV_OBJECTION_ANSWERED", actor.userId(), o.reply,
                    Map.of("objectionId", o.id, "outcome", o.status));
        }
        return toObjection(o);
    }

    /**
     * The reports the actor may answer or re-check, newest first: a head's or team leader's — those issued to his unit
     * (异议 within the objection period); a supervisor's or admin's — every unit's (复核 of the objections).
     */
    @Transactional(readOnly = true)
    public List<UnitReport> mine(Actor actor) {
        if (actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN)) {
            return mapper.reportsOfUnit(null).stream().map(this::toReport).toList();
        }
        if (actor.isHead() || actor.has(Role.TEAM_LEADER)) {
            return mapper.reportsOfUnit(actor.unitId()).stream().map(this::toReport).toList();
        }
        throw DomainException.forbidden("sv.supervisorOnly");
    }

    private ReportRow reportRow(long id) {
        ReportRow r = mapper.reportById(id);
        if (r == null) {
            throw DomainException.notFound("sv.report.notFound", id);
        }
        return r;
    }

    private UnitReport toReport(ReportRow r) {
        PlanRow plan = plans.planRow(r.planId);
        List<PlanCase> ofUnit = mapper.planCases(r.planId).stream().filter(c -> c.unitId == r.unitId)
                .map(plans::toPlanCase).toList();
        Map<Long, String> caseNoByScore = new HashMap<>();
        Set<Long> planCaseIds = ofUnit.stream().map(PlanCase::id).collect(Collectors.toSet());
        Map<Long, String> caseNos = ofUnit.stream().collect(Collectors.toMap(PlanCase::id,
                c -> c.caseNo() == null ? String.valueOf(c.caseId()) : c.caseNo()));
        for (ScoreRow s : mapper.scoresOfPlan(r.planId)) {
            if (planCaseIds.contains(s.planCaseId) && "SIGNED".equals(s.status)) {
                caseNoByScore.put(s.id, caseNos.get(s.planCaseId));
            }
        }
        Rubric rubric = rubrics.byId(plan.rubricId);
        Map<String, List<String>> byItem = new LinkedHashMap<>();
        for (ScoreLineRow l : mapper.linesOfPlan(r.planId)) {
            String caseNo = caseNoByScore.get(l.scoreId);
            if (caseNo != null && (l.deduction.signum() > 0 || l.veto)) {
                byItem.computeIfAbsent(l.itemCode, k -> new ArrayList<>()).add(caseNo);
            }
        }
        List<Problem> problems = byItem.entrySet().stream().map(e -> {
            Rubric.Item item = rubric.item(e.getKey()).orElse(null);
            return new Problem(e.getKey(), item == null ? e.getKey() : item.titleZh(),
                    item == null ? e.getKey() : item.titleEn(), e.getValue().size(),
                    e.getValue().stream().distinct().toList());
        }).sorted((a, b) -> Integer.compare(b.times(), a.times())).toList();
        String unitName = organization.unit(r.unitId).name();
        return new UnitReport(r.id, r.planId, r.unitId, unitName, r.issuedOn, r.objectionDue, r.advice, ofUnit,
                problems, mapper.objections(r.id).stream().map(this::toObjection).toList(), plan.title);
    }

    private Objection toObjection(ObjectionRow o) {
        return new Objection(o.id, o.reportId, o.planCaseId, o.reason, o.filedBy, o.filedOn, o.recheckDue, o.status,
                o.reply, o.repliedOn, o.repliedOn != null && o.repliedOn.isAfter(o.recheckDue));
    }
}
