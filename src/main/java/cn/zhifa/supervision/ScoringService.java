package cn.zhifa.supervision;

import cn.zhifa.shared.StoredText;
import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.shared.DomainException;
import cn.zhifa.supervision.Plans.Line;
import cn.zhifa.supervision.Plans.Panel;
import cn.zhifa.supervision.Plans.Score;
import cn.zhifa.supervision.Plans.ScoreInput;
import cn.zhifa.supervision.internal.PlanCaseRow;
import cn.zhifa.supervision.internal.PlanRow;
import cn.zhifa.supervision.internal.ScoreLineRow;
import cn.zhifa.supervision.internal.ScoreRow;
import cn.zhifa.supervision.internal.SupervisionMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scoring a drawn case (评分): each assigned reviewer's sheet pre-filled from the pre-audit, saved with every proposal
 * confirmed or overridden with a reason, signed; the panel result and grade once every reviewer has signed (§3.1).
 * A score keeps the rubric version of its plan.
 */
@Service
public class ScoringService {

    private final SupervisionMapper mapper;
    private final RubricService rubrics;
    private final PreAuditService audits;
    private final CaseRecord record;
    private final Clock clock;

    ScoringService(SupervisionMapper mapper, RubricService rubrics, PreAuditService audits, CaseRecord record,
            Clock clock) {
        this.mapper = mapper;
        this.rubrics = rubrics;
        this.audits = audits;
        this.record = record;
        this.clock = clock;
    }

    /**
     * The reviewer's score sheet: the saved score, or a new one pre-filled from the case's pre-audit findings (one
     * line per rubric item, proposals summed and capped at the item's maximum, the findings as the reason).
     */
    @Transactional
    public Score sheet(Actor actor, long planCaseId) {
        PlanCaseRow pc = assignedCase(actor, planCaseId);
        ScoreRow s = mapper.score(planCaseId, actor.userId());
        if (s != null) {
            return toScore(s, pc);
        }
        Rubric rubric = rubrics.byId(planRubric(pc.planId));
        List<Line> lines = proposals(rubric, pc.caseId);
        Rubric.Result r = rubric.apply(lines.stream()
                .map(l -> new Rubric.Deduction(l.itemCode(), l.deduction(), l.veto())).toList());
        return new Score(0, planCaseId, pc.caseId, actor.userId(), rubric.version(), r.total(), r.veto(),
                r.basicProblem(), r.grade(), "NEW", null, null, lines);
    }

    private List<Line> proposals(Rubric rubric, long caseId) {
        Map<String, BigDecimal> amount = new LinkedHashMap<>();
        Map<String, Boolean> veto = new HashMap<>();
        Map<String, List<String>> why = new HashMap<>();
        List<Finding> findings = audits.stored(caseId);
        if (findings.isEmpty()) {
            findings = audits.audit(caseId);
        }
        for (Finding f : findings) {
            if (rubric.item(f.itemCode()).isEmpty()) {
                continue;
            }
            amount.merge(f.itemCode(), f.deduction(), BigDecimal::add);
            veto.merge(f.itemCode(), f.veto(), Boolean::logicalOr);
            why.computeIfAbsent(f.itemCode(), k -> new ArrayList<>()).add(f.detail() == null ? f.kind().name()
                    : f.detail());
        }
        List<Line> out = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : amount.entrySet()) {
            Rubric.Item item = rubric.item(e.getKey()).orElseThrow();
            BigDecimal capped = e.getValue().min(item.maxDeduction());
            out.add(new Line(item.code(), capped, veto.get(item.code()) && item.veto(), capped,
                    "预审：" + String.join("；", why.get(item.code()))));
        }
        return out;
    }

    /**
     * Saves the reviewer's score (not yet signed). Every pre-audit proposal must be answered — confirmed, or
     * overridden with a reason; every deduction and veto needs a reason; deductions lie within the item's maximum;
     * a veto only on a veto item.
     */
    @Transactional
    @RequiresPermission(Action.SUPERVISION_SCORE)
    public Score save(Actor actor, long planCaseId, ScoreInput input) {
        PlanCaseRow pc = assignedCase(actor, planCaseId);
        ScoreRow existing = mapper.scoreForUpdate(planCaseId, actor.userId());
        if (existing != null && "SIGNED".equals(existing.status)) {
            throw DomainException.conflict("sv.score.signed");
        }
        Rubric rubric = rubrics.byId(planRubric(pc.planId));
        if (input == null || input.lines() == null) {
            throw DomainException.invalid("field.required", "lines");
        }
        Map<String, Line> proposals = proposals(rubric, pc.caseId).stream()
                .collect(Collectors.toMap(Line::itemCode, l -> l));
        Set<String> seen = new LinkedHashSet<>();
        List<Line> clean = new ArrayList<>();
        for (Line l : input.lines()) {
            Rubric.Item item = rubric.item(l.itemCode() == null ? "" : l.itemCode())
                    .orElseThrow(() -> DomainException.invalid("sv.score.unknownItem", String.valueOf(l.itemCode())));
            if (!seen.add(item.code())) {
                throw DomainException.invalid("sv.score.duplicateItem", item.code());
            }
            BigDecimal d = l.deduction() == null ? BigDecimal.ZERO : l.deduction();
            if (d.signum() < 0 || d.compareTo(item.maxDeduction()) > 0) {
                throw DomainException.invalid("sv.score.outOfRange", item.code(), item.maxDeduction());
            }
            if (l.veto() && !item.veto()) {
                throw DomainException.invalid("sv.score.notVetoItem", item.code());
            }
            Line proposal = proposals.get(item.code());
            boolean overridden = proposal != null
                    && (proposal.deduction().compareTo(d) != 0 || proposal.veto() != l.veto());
            boolean reasonNeeded = d.signum() > 0 || l.veto() || overridden;
            if (reasonNeeded && (l.reason() == null || l.reason().isBlank())) {
                throw DomainException.invalid(overridden ? "sv.score.overrideReason" : "sv.score.reasonRequired",
                        item.code());
            }
            clean.add(new Line(item.code(), d, l.veto(), proposal == null ? null : proposal.deduction(),
                    l.reason() == null ? null : l.reason().trim()));
        }
        for (String code : proposals.keySet()) {
            if (!seen.contains(code)) {
                throw DomainException.invalid("sv.score.proposalUnanswered", code);
            }
        }
        Rubric.Result result = rubric.apply(clean.stream()
                .map(l -> new Rubric.Deduction(l.itemCode(), l.deduction(), l.veto())).toList());
        ScoreRow s = existing == null ? new ScoreRow() : existing;
        s.planCaseId = planCaseId;
        s.reviewerId = actor.userId();
        s.rubricId = rubric.id();
        s.total = result.total();
        s.veto = result.veto();
        s.basicProblem = result.basicProblem();
        s.grade = result.grade().name();
        s.status = "DRAFT";
        s.opinion = input.opinion() == null ? null : input.opinion().trim();
        s.savedAt = LocalDateTime.now(clock);
        if (existing == null) {
            mapper.insertScore(s);
        } else {
            mapper.updateScore(s);
            mapper.deleteLines(s.id);
        }
        for (Line l : clean) {
            ScoreLineRow r = new ScoreLineRow();
            r.scoreId = s.id;
            r.itemCode = l.itemCode();
            r.deduction = l.deduction();
            r.veto = l.veto();
            r.proposed = l.proposed();
            r.reason = l.reason() == null ? null : l.reason().substring(0, Math.min(500, l.reason().length()));
            mapper.insertLine(r);
        }
        return toScore(s, pc);
    }

    /** The reviewer signs the saved score (签名): it can no longer change; the case's record notes the grade. */
    @Transactional
    @RequiresPermission(Action.SUPERVISION_SCORE)
    public Score sign(Actor actor, long planCaseId) {
        PlanCaseRow pc = assignedCase(actor, planCaseId);
        ScoreRow s = mapper.scoreForUpdate(planCaseId, actor.userId());
        if (s == null) {
            throw DomainException.invalid("sv.score.notSaved");
        }
        if ("SIGNED".equals(s.status)) {
            throw DomainException.conflict("sv.score.signed");
        }
        s.status = "SIGNED";
        s.signedAt = LocalDateTime.now(clock);
        mapper.updateScore(s);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("planId", pc.planId);
        d.put("total", s.total.toPlainString());
        d.put("veto", s.veto);
        d.put("grade", s.grade);
        record.append(pc.caseId, "SV_SCORE_SIGNED", actor.userId(),
                StoredText.of("text.sv.scoreSigned", s.total, StoredText.label("sv.grade." + s.grade)), d);
        return toScore(s, pc);
    }

    /** The signed scores of a plan case (supervisors), for the panel view. */
    @Transactional(readOnly = true)
    public List<Score> scores(Actor actor, long planCaseId) {
        ReviewPlanService.requireReader(actor);
        PlanCaseRow pc = mapper.planCase(planCaseId);
        if (pc == null) {
            throw DomainException.notFound("sv.planCase.notFound", planCaseId);
        }
        return mapper.scoresOfCase(planCaseId).stream().map(s -> toScore(s, pc)).toList();
    }

    private PlanCaseRow assignedCase(Actor actor, long planCaseId) {
        PlanCaseRow pc = mapper.planCase(planCaseId);
        if (pc == null || mapper.assignmentsOfCase(planCaseId).stream()
                .noneMatch(a -> a.reviewerId == actor.userId())) {
            throw DomainException.notFound("sv.planCase.notFound", planCaseId);
        }
        return pc;
    }

    Panel panel(long planCaseId) {
        int assigned = mapper.assignmentsOfCase(planCaseId).size();
        List<ScoreRow> signed = mapper.scoresOfCase(planCaseId).stream().filter(s -> "SIGNED".equals(s.status))
                .toList();
        if (assigned == 0 || signed.size() < assigned) {
            return new Panel(assigned, signed.size(), null, false, false, null);
        }
        BigDecimal mean = signed.stream().map(s -> s.total).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(signed.size()), 2, RoundingMode.HALF_UP);
        boolean veto = signed.stream().anyMatch(s -> s.veto);
        boolean basic = signed.stream().anyMatch(s -> s.basicProblem);
        Rubric rubric = rubrics.byId(signed.get(0).rubricId);
        return new Panel(assigned, signed.size(), mean, veto, basic, rubric.grade(mean, veto, basic));
    }

    private long planRubric(long planId) {
        PlanRow r = mapper.plan(planId);
        if (r == null) {
            throw DomainException.notFound("sv.plan.notFound", planId);
        }
        return r.rubricId;
    }

    private Score toScore(ScoreRow s, PlanCaseRow pc) {
        return new Score(s.id, s.planCaseId, pc.caseId, s.reviewerId, rubrics.byId(s.rubricId).version(), s.total,
                s.veto, s.basicProblem, Grade.valueOf(s.grade), s.status, s.opinion, s.signedAt,
                mapper.lines(s.id).stream()
                        .map(l -> new Line(l.itemCode, l.deduction, l.veto, l.proposed, l.reason)).toList());
    }
}
