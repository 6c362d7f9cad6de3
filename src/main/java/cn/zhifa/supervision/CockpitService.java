package cn.zhifa.supervision;

import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.casefile.CaseClockService;
import cn.zhifa.casefile.CaseClockService.AtRisk;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.CaseStatistics;
import cn.zhifa.casefile.CaseStatistics.CaseRef;
import cn.zhifa.casefile.CaseStatistics.Drill;
import cn.zhifa.casefile.CaseStatistics.MonthRow;
import cn.zhifa.casefile.CaseTallies;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.RemedyOutcome;
import cn.zhifa.complaint.ComplaintService;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.organization.Unit;
import cn.zhifa.shared.DomainException;
import cn.zhifa.supervision.Cockpit.Chart;
import cn.zhifa.supervision.Cockpit.DrillRow;
import cn.zhifa.supervision.Cockpit.Figure;
import cn.zhifa.supervision.Cockpit.Figures;
import cn.zhifa.supervision.Cockpit.Row;
import cn.zhifa.supervision.internal.SupervisionMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cockpit (驾驶舱) for supervisors (every unit, or one) and heads (their own unit): each chart's figures, the
 * list behind any figure (drill-down) and both as CSV. Figures come from the features' published queries
 * ({@link CaseStatistics}, the clock's at-risk list, complaint statistics) and this feature's own tables.
 */
@Service
public class CockpitService {

    static final int RISK_LIMIT = 1000;

    private final CaseStatistics statistics;
    private final CaseTallies tallies;
    private final CaseClockService clock;
    private final ComplaintService complaints;
    private final OrganizationService organization;
    private final SupervisionMapper mapper;
    private final Clock time;

    CockpitService(CaseStatistics statistics, CaseTallies tallies, CaseClockService clock, ComplaintService complaints,
            OrganizationService organization, SupervisionMapper mapper, Clock time) {
        this.statistics = statistics;
        this.tallies = tallies;
        this.clock = clock;
        this.complaints = complaints;
        this.organization = organization;
        this.mapper = mapper;
        this.time = time;
    }

    /** Who may open the cockpit: supervisors and admins (all units) and heads (their own unit). */
    public static boolean mayOpen(Actor actor) {
        return actor.seesAllUnits() || actor.isHead();
    }

    /** The unit the actor's figures are restricted to: the requested one for supervisors, the own one for heads. */
    Long scope(Actor actor, Long requested) {
        if (!mayOpen(actor)) {
            throw DomainException.forbidden("sv.cockpit.forbidden");
        }
        if (actor.seesAllUnits()) {
            if (requested != null) {
                organization.unit(requested);
            }
            return requested;
        }
        return actor.unitId();
    }

    /** Recomputes the counters behind the monthly and by-stage figures from the case files (reports any drift). */
    @RequiresPermission(Action.SUPERVISION_AUDIT)
    public CaseTallies.Rebuilt rebuild(Actor actor) {
        return tallies.rebuild();
    }

    @Transactional(readOnly = true)
    public Figures figures(Actor actor, LocalDate from, LocalDate to, Long unitId) {
        return figures(actor, from, to, unitId, EnumSet.allOf(Chart.class));
    }

    /** One chart's figures (its CSV; the benchmark's per-query timing): only that chart's queries run. */
    @Transactional(readOnly = true)
    public Figure figure(Actor actor, Chart chart, LocalDate from, LocalDate to, Long unitId) {
        return figures(actor, from, to, unitId, EnumSet.of(chart)).of(chart);
    }

    private Figures figures(Actor actor, LocalDate from, LocalDate to, Long unitId, Set<Chart> charts) {
        Long unit = scope(actor, unitId);
        LocalDate[] period = period(from, to);
        List<MonthRow> months = charts.contains(Chart.CASES_BY_MONTH) || charts.contains(Chart.OUTCOMES)
                || charts.contains(Chart.FINES) ? statistics.monthly(unit, period[0], period[1]) : List.of();
        Map<String, String> unitNames = charts.contains(Chart.AT_RISK) || charts.contains(Chart.SCORES)
                ? organization.units().stream().collect(Collectors.toMap(u -> String.valueOf(u.id()), Unit::name))
                : Map.of();
        List<Figure> out = new ArrayList<>();
        for (Chart chart : charts) { // EnumSet: the charts' declared order
            out.add(switch (chart) {
                case CASES_BY_MONTH -> casesByMonth(months);
                case OUTCOMES -> outcomes(months);
                case OPEN_BY_STAGE -> openByStage(unit);
                case AT_RISK -> atRisk(actor, unit, unitNames);
                case FINES -> fines(months);
                case LEGAL_REVIEW -> new Figure(chart, mapper.reviewOutcomeCounts(unit, period[0], period[1]).stream()
                        .map(m -> new Row(String.valueOf(m.get("outcome")), String.valueOf(m.get("outcome")),
                                "rounds", number(m.get("n")))).toList());
                case REMEDIES -> remedies(unit, period);
                case COMPLAINTS -> complaints(actor, period);
                case SCORES -> scores(unit, unitNames);
                case FINDINGS -> findings(unit);
            });
        }
        return new Figures(period[0], period[1], unit, out);
    }

    private static Figure casesByMonth(List<MonthRow> months) {
        List<Row> cases = new ArrayList<>();
        Map<String, Map<String, Long>> grid = new TreeMap<>();
        for (MonthRow m : months) {
            String month = String.format("%04d-%02d", m.year(), m.month());
            grid.computeIfAbsent(month, k -> new TreeMap<>()).merge(m.procedure(), m.cases(), Long::sum);
        }
        grid.forEach((month, byProc) -> byProc.forEach((proc, n) -> cases.add(new Row(month + "|" + proc, month,
                proc, BigDecimal.valueOf(n)))));
        return new Figure(Chart.CASES_BY_MONTH, cases);
    }

    private static Figure outcomes(List<MonthRow> months) {
        Map<String, Long> outcomes = new TreeMap<>();
        for (MonthRow m : months) {
            outcomes.merge(m.outcome() == null ? "UNDECIDED" : m.outcome().name(), m.cases(), Long::sum);
        }
        return counts(Chart.OUTCOMES, outcomes);
    }

    private static Figure counts(Chart chart, Map<String, Long> counts) {
        return new Figure(chart, counts.entrySet().stream()
                .map(e -> new Row(e.getKey(), e.getKey(), "cases", BigDecimal.valueOf(e.getValue()))).toList());
    }

    private Figure openByStage(Long unit) {
        Map<String, Long> stages = new LinkedHashMap<>();
        for (CaseStatistics.StageCount s : statistics.openByStage(unit)) {
            stages.merge(s.stage().name(), s.cases(), Long::sum);
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (CaseStage s : CaseStage.values()) {
            if (stages.containsKey(s.name())) {
                ordered.put(s.name(), stages.get(s.name()));
            }
        }
        return counts(Chart.OPEN_BY_STAGE, ordered);
    }

    private Figure atRisk(Actor actor, Long unit, Map<String, String> unitNames) {
        Map<String, long[]> risk = new TreeMap<>();
        for (AtRisk r : clock.atRisk(actor, unit, RISK_LIMIT)) {
            String unitName = unitNames.getOrDefault(String.valueOf(r.unitId()), String.valueOf(r.unitId()));
            List<String> officers = r.handlers().isEmpty() ? List.of("—") : r.handlers();
            for (String officer : officers) {
                long[] c = risk.computeIfAbsent(r.unitId() + "|" + officer + "|" + unitName, k -> new long[2]);
                c[r.light() == DeadlineLight.RED ? 0 : 1]++;
            }
        }
        List<Row> riskRows = new ArrayList<>();
        risk.forEach((k, c) -> {
            String[] p = k.split("\\|", 3);
            String label = p[2] + " · " + p[1];
            riskRows.add(new Row("RED|" + p[0] + "|" + p[1], label, "RED", BigDecimal.valueOf(c[0])));
            riskRows.add(new Row("YELLOW|" + p[0] + "|" + p[1], label, "YELLOW", BigDecimal.valueOf(c[1])));
        });
        return new Figure(Chart.AT_RISK, riskRows);
    }

    private static Figure fines(List<MonthRow> months) {
        Map<String, BigDecimal[]> money = new TreeMap<>();
        for (MonthRow m : months) {
            String month = String.format("%04d-%02d", m.year(), m.month());
            BigDecimal[] v = money.computeIfAbsent(month, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            v[0] = v[0].add(m.fined());
            v[1] = v[1].add(m.collected());
        }
        List<Row> fines = new ArrayList<>();
        money.forEach((month, v) -> {
            fines.add(new Row(month + "|FINED", month, "FINED", v[0]));
            fines.add(new Row(month + "|COLLECTED", month, "COLLECTED", v[1]));
        });
        return new Figure(Chart.FINES, fines);
    }

    private Figure remedies(Long unit, LocalDate[] period) {
        Map<String, Long> remedies = new TreeMap<>();
        statistics.remedyOutcomes(unit, period[0], period[1])
                .forEach(r -> remedies.merge(r.outcome().name(), r.cases(), Long::sum));
        return counts(Chart.REMEDIES, remedies);
    }

    private Figure complaints(Actor actor, LocalDate[] period) {
        Map<String, Object> c = complaints.statistics(actor, period[0], period[1]);
        List<Row> complaintRows = new ArrayList<>();
        complaintRows.add(new Row("TOTAL", "TOTAL", "complaints", number(c.get("total"))));
        complaintRows.add(new Row("CASE", "CASE", "complaints", number(c.get("becameCases"))));
        complaintRows.add(new Row("SUMMARY", "SUMMARY", "complaints", number(c.get("settledBySummaryProcedure"))));
        return new Figure(Chart.COMPLAINTS, complaintRows);
    }

    private Figure scores(Long unit, Map<String, String> unitNames) {
        List<Row> scores = new ArrayList<>();
        for (Map<String, Object> m : mapper.signedScoresByUnit()) {
            String unitId2 = String.valueOf(m.get("unitId"));
            if (unit != null && !unitId2.equals(String.valueOf(unit))) {
                continue;
            }
            scores.add(new Row(unitId2 + "|" + m.get("grade"), unitNames.getOrDefault(unitId2, unitId2),
                    String.valueOf(m.get("grade")), number(m.get("n"))));
        }
        return new Figure(Chart.SCORES, scores);
    }

    private Figure findings(Long unit) {
        List<Row> findings = new ArrayList<>();
        Map<String, Long> byKind = new TreeMap<>();
        for (Map<String, Object> m : mapper.findingsByUnitAndKind(unit)) {
            byKind.merge(String.valueOf(m.get("kind")), number(m.get("n")).longValue(), Long::sum);
        }
        byKind.forEach((k, n) -> findings.add(new Row(k, k, "findings", BigDecimal.valueOf(n))));
        return new Figure(Chart.FINDINGS, findings);
    }

    /** The list behind one row of a chart (at most 1,000 rows). */
    @Transactional(readOnly = true)
    public List<DrillRow> drill(Actor actor, Chart chart, String key, LocalDate from, LocalDate to, Long unitId) {
        Long unit = scope(actor, unitId);
        LocalDate[] period = period(from, to);
        if (key == null || key.isBlank()) {
            throw DomainException.invalid("field.required", "key");
        }
        String[] k = key.split("\\|");
        try {
            return switch (chart) {
                case CASES_BY_MONTH -> refs(new Drill(unit, period[0], period[1], Integer.valueOf(k[0].substring(0, 4)),
                        Integer.valueOf(k[0].substring(5, 7)), k.length > 1 ? k[1] : null, null, false, null, false,
                        null, 1000));
                case FINES -> refs(new Drill(unit, period[0], period[1], Integer.valueOf(k[0].substring(0, 4)),
                        Integer.valueOf(k[0].substring(5, 7)), null, OutcomeType.FINE, false, null, false, null,
                        1000));
                case OUTCOMES -> refs(new Drill(unit, period[0], period[1], null, null, null,
                        "UNDECIDED".equals(k[0]) ? null : OutcomeType.valueOf(k[0]), "UNDECIDED".equals(k[0]), null,
                        false, null, 1000));
                case OPEN_BY_STAGE -> refs(new Drill(unit, null, null, null, null, null, null, false,
                        CaseStage.valueOf(k[0]), true, null, 1000));
                case REMEDIES -> refs(new Drill(unit, null, null, null, null, null, null, false, null, false,
                        RemedyOutcome.valueOf(k[0]), 1000));
                case AT_RISK -> risk(actor, unit, k);
                case LEGAL_REVIEW -> refs(mapper.casesWithReviewOutcome(unit,
                        cn.zhifa.casefile.ReviewOutcome.valueOf(k[0]).name(), period[0], period[1]));
                case FINDINGS -> refs(mapper.casesWithFindingKind(unit, FindingKind.valueOf(k[0]).name()));
                case SCORES -> {
                    long rowUnit = Long.parseLong(k[0]);
                    if (unit != null && rowUnit != unit) {
                        throw DomainException.invalid("sv.cockpit.badKey", key);
                    }
                    yield refs(mapper.casesWithGrade(rowUnit, Grade.valueOf(k[1]).name()));
                }
                case COMPLAINTS -> throw DomainException.invalid("sv.cockpit.noDrill");
            };
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw DomainException.invalid("sv.cockpit.badKey", key);
        }
    }

    private List<DrillRow> risk(Actor actor, Long unit, String[] k) {
        DeadlineLight light = DeadlineLight.valueOf(k[0]);
        Long rowUnit = k.length > 1 ? Long.valueOf(k[1]) : null;
        String officer = k.length > 2 ? k[2] : null;
        return clock.atRisk(actor, unit, RISK_LIMIT).stream()
                .filter(r -> r.light() == light && (rowUnit == null || r.unitId() == rowUnit)
                        && (officer == null || r.handlers().contains(officer)
                                || ("—".equals(officer) && r.handlers().isEmpty())))
                .map(r -> new DrillRow(r.caseId(), r.caseNo(), r.unitId(), r.partyName(), r.kind().name(),
                        r.light().name() + " " + r.workingDaysLeft(), r.due()))
                .toList();
    }

    private List<DrillRow> refs(List<Long> caseIds) {
        return rows(statistics.refs(caseIds));
    }

    private List<DrillRow> refs(Drill d) {
        return rows(statistics.drill(d));
    }

    private static List<DrillRow> rows(List<CaseRef> refs) {
        List<DrillRow> out = new ArrayList<>();
        for (CaseRef r : refs) {
            out.add(new DrillRow(r.caseId(), r.caseNo(), r.unitId(), r.partyName(), r.stage().name(),
                    r.outcome() == null ? r.procedure() : r.procedure() + " " + r.outcome().name(),
                    r.registeredOn()));
        }
        return out;
    }

    /** One chart's rows as CSV (UTF-8 with BOM so spreadsheet programs read the Chinese labels). */
    public static String csv(Figure f) {
        StringBuilder b = new StringBuilder("\uFEFFkey,label,series,value\n");
        for (Row r : f.rows()) {
            b.append(cell(r.key())).append(',').append(cell(r.label())).append(',').append(cell(r.series()))
                    .append(',').append(r.value().toPlainString()).append('\n');
        }
        return b.toString();
    }

    public static String csv(List<DrillRow> rows) {
        StringBuilder b = new StringBuilder("\uFEFFcaseId,caseNo,unitId,party,stage,detail,date\n");
        for (DrillRow r : rows) {
            b.append(r.caseId()).append(',').append(cell(r.caseNo())).append(',').append(r.unitId()).append(',')
                    .append(cell(r.partyName())).append(',').append(cell(r.stage())).append(',')
                    .append(cell(r.detail())).append(',').append(r.date() == null ? "" : r.date()).append('\n');
        }
        return b.toString();
    }

    /** A CSV cell, quoted when needed; a leading =, +, - or @ is neutralised against spreadsheet formulas. */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        String v = s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private LocalDate[] period(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(time);
        LocalDate t = to == null ? today : to;
        LocalDate f = from == null ? t.minusMonths(11).withDayOfMonth(1) : from;
        if (t.isBefore(f) || f.plusYears(5).isBefore(t)) {
            throw DomainException.invalid("sv.cockpit.badPeriod");
        }
        return new LocalDate[] {f, t};
    }

    private static BigDecimal number(Object o) {
        if (o == null) {
            return BigDecimal.ZERO;
        }
        if (o instanceof BigDecimal b) {
            return b.setScale(0, RoundingMode.HALF_UP);
        }
        return new BigDecimal(o.toString());
    }
}
