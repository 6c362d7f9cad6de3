package cn.zhifa.casefile;

import cn.zhifa.casefile.internal.CaseStatisticsMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
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

    CaseStatistics(CaseStatisticsMapper mapper) {
        this.mapper = mapper;
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

    @Transactional(readOnly = true)
    public List<MonthRow> monthly(Long unitId, LocalDate from, LocalDate to) {
        return mapper.monthly(unitId, from, to.plusDays(1));
    }

    @Transactional(readOnly = true)
    public List<StageCount> openByStage(Long unitId) {
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
