package cn.zhifa.casefile;

import cn.zhifa.casefile.internal.CaseStatisticsMapper;
import cn.zhifa.casefile.internal.CaseTallyMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published read-only queries over the case files for other features (supervision: review-plan scope and sampling
 * population, the cockpit's figures and their drill-down lists). No access control here: callers check who may see
 * which unit; {@code unitId} null = every unit.
 */
@Service
public class CaseStatistics {

    /** A case as a list row: enough to show it and link to it. */
    public record CaseRef(long caseId, String caseNo, long unitId, String procedure, CaseStage stage,
            String partyName, LocalDate registeredOn, OutcomeType outcome) {
    }

    /** Cases registered in one month, by procedure and decided outcome (null = not decided), with fines. */
    public record MonthRow(int year, int month, String procedure, OutcomeType outcome, long cases,
            BigDecimal fined, BigDecimal collected) {
    }

    /** Open cases in one stage of one unit. */
    public record StageCount(long unitId, CaseStage stage, long cases) {
    }

    /** Concluded remedies by kind and outcome. */
    public record RemedyCount(RemedyKind kind, RemedyOutcome outcome, long cases) {
    }

    /** Drill-down filter: every field optional. {@code remedyOutcome} selects cases with such a concluded remedy. */
    public record Drill(Long unitId, LocalDate from, LocalDate to, Integer year, Integer month, String procedure,
            OutcomeType outcome, boolean undecided, CaseStage stage, boolean openOnly, RemedyOutcome remedyOutcome,
            int limit) {
    }

    private final CaseStatisticsMapper mapper;
    private final CaseTallyMapper tallies;

    CaseStatistics(CaseStatisticsMapper mapper, CaseTallyMapper tallies) {
        this.mapper = mapper;
        this.tallies = tallies;
    }

    /**
     * The cases of the units registered in [from, to] in the procedures (ORDINARY, SUMMARY), without the leads that
     * were not filed — ordered by id, so the same scope reads the same list.
     */
    @Transactional(readOnly = true)
    public List<CaseRef> inScope(Collection<Long> unitIds, LocalDate from, LocalDate to,
            Collection<String> procedures) {
        if (unitIds.isEmpty() || procedures.isEmpty()) {
            return List.of();
        }
        return mapper.inScope(unitIds, from, to.plusDays(1), procedures);
    }

    /** Of the given cases, those whose decision a reconsideration or suit changed, revoked, found illegal or void. */
    @Transactional(readOnly = true)
    public List<Long> overturned(Collection<Long> caseIds) {
        return caseIds.isEmpty() ? List.of() : mapper.overturned(caseIds);
    }

    /** Case ids after {@code afterId}, ascending, at most {@code limit} (keyset pages for background jobs). */
    @Transactional(readOnly = true)
    public List<Long> idsAfter(long afterId, int limit) {
        return mapper.idsAfter(afterId, limit);
    }

    @Transactional(readOnly = true)
    public long countAll() {
        return mapper.countAll();
    }

    @Transactional(readOnly = true)
    public List<CaseRef> refs(Collection<Long> caseIds) {
        return caseIds.isEmpty() ? List.of() : mapper.refs(caseIds);
    }

    /**
     * Cases registered in [from, to] by month, procedure and outcome, with fines decided and collected: the counters
     * of the months the period touches ({@link CaseTallies}), less the days of its first and last month outside it
     * counted from case_file (none when the period runs from a first of the month to today).
     */
    @Transactional(readOnly = true)
    public List<MonthRow> monthly(Long unitId, LocalDate from, LocalDate to) {
        LocalDate first = from.withDayOfMonth(1);
        LocalDate last = to.withDayOfMonth(to.lengthOfMonth());
        List<MonthRow> whole = tallies.months(unitId, ym(first), ym(last));
        List<MonthRow> outside = new ArrayList<>();
        if (from.isAfter(first)) {
            outside.addAll(mapper.monthly(unitId, first, from));
        }
        if (to.isBefore(last)) {
            outside.addAll(mapper.monthly(unitId, to.plusDays(1), last.plusDays(1)));
        }
        return outside.isEmpty() ? whole : less(whole, outside);
    }

    /** The figures computed from case_file alone (what the counters must equal; tests and checks). */
    @Transactional(readOnly = true)
    public List<MonthRow> monthlyFromCases(Long unitId, LocalDate from, LocalDate to) {
        return mapper.monthly(unitId, from, to.plusDays(1));
    }

    private static int ym(LocalDate d) {
        return d.getYear() * 100 + d.getMonthValue();
    }

    private static List<MonthRow> less(List<MonthRow> whole, List<MonthRow> outside) {
        Map<String, MonthRow> rows = new LinkedHashMap<>();
        whole.forEach(r -> rows.put(key(r), r));
        for (MonthRow o : outside) {
            rows.computeIfPresent(key(o), (k, r) -> new MonthRow(r.year(), r.month(), r.procedure(), r.outcome(),
                    r.cases() - o.cases(), r.fined().subtract(o.fined()), r.collected().subtract(o.collected())));
        }
        return rows.values().stream().filter(r -> r.cases() != 0).toList();
    }

    private static String key(MonthRow r) {
        return r.year() + "|" + r.month() + "|" + r.procedure() + "|" + r.outcome();
    }

    /** Open cases by unit and stage, from the counters ({@link CaseTallies}). */
    @Transactional(readOnly = true)
    public List<StageCount> openByStage(Long unitId) {
        return tallies.openByStage(unitId);
    }

    /** The same computed from case_file alone. */
    @Transactional(readOnly = true)
    public List<StageCount> openByStageFromCases(Long unitId) {
        return mapper.openByStage(unitId);
    }

    @Transactional(readOnly = true)
    public List<RemedyCount> remedyOutcomes(Long unitId, LocalDate from, LocalDate to) {
        return mapper.remedyOutcomes(unitId, from, to);
    }

    @Transactional(readOnly = true)
    public List<CaseRef> drill(Drill d) {
        int limit = d.limit() <= 0 || d.limit() > 5000 ? 1000 : d.limit();
        return mapper.drill(d, d.to() == null ? null : d.to().plusDays(1), limit);
    }
}
