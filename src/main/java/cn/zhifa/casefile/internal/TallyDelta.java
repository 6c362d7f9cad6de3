package cn.zhifa.casefile.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The net change of the cockpit's counters from some cases' tallied columns before and after: a case counts in its
 * unit's (stage) counter, and unless not filed in its registration month's (procedure, outcome) counter with its
 * fine and paid amount. Applied in key order, one statement per kind; counters that net to nothing are not written.
 */
final class TallyDelta {

    record MonthKey(long unitId, int yr, int mon, String procedure, String outcome) {
    }

    record StageKey(long unitId, String stage) {
    }

    private static final Comparator<MonthKey> MONTH_ORDER = Comparator.comparingLong(MonthKey::unitId)
            .thenComparingInt(MonthKey::yr).thenComparingInt(MonthKey::mon).thenComparing(MonthKey::procedure)
            .thenComparing(MonthKey::outcome);
    private static final Comparator<StageKey> STAGE_ORDER = Comparator.comparingLong(StageKey::unitId)
            .thenComparing(StageKey::stage);

    private static final class Sums {
        long cases;
        BigDecimal fined = BigDecimal.ZERO;
        BigDecimal collected = BigDecimal.ZERO;
    }

    private final Map<MonthKey, Sums> months = new TreeMap<>(MONTH_ORDER);
    private final Map<StageKey, long[]> stages = new TreeMap<>(STAGE_ORDER);

    TallyDelta add(CaseTallyRow row) {
        return move(row, 1);
    }

    TallyDelta remove(CaseTallyRow row) {
        return move(row, -1);
    }

    private TallyDelta move(CaseTallyRow row, int sign) {
        if (row == null) {
            return this;
        }
        stages.computeIfAbsent(new StageKey(row.unitId, row.stage), k -> new long[1])[0] += sign;
        if (!"NOT_FILED".equals(row.stage)) {
            MonthKey k = new MonthKey(row.unitId, row.registeredAt.getYear(), row.registeredAt.getMonthValue(),
                    row.procedureType, row.decidedOutcome == null ? "" : row.decidedOutcome);
            Sums v = months.computeIfAbsent(k, x -> new Sums());
            v.cases += sign;
            v.fined = v.fined.add(signed(row.decidedFine, sign));
            v.collected = v.collected.add(signed(row.paidAmount, sign));
        }
        return this;
    }

    private static BigDecimal signed(BigDecimal b, int sign) {
        return b == null ? BigDecimal.ZERO : sign < 0 ? b.negate() : b;
    }

    /** Each kind's counters that net to something, in one statement per kind, rows in key order. */
    void applyTo(CaseTallyMapper mapper) {
        List<CaseTallyMapper.MonthLine> m = new ArrayList<>();
        months.forEach((k, v) -> {
            if (v.cases != 0 || v.fined.signum() != 0 || v.collected.signum() != 0) {
                m.add(new CaseTallyMapper.MonthLine(k.unitId(), k.yr(), k.mon(), k.procedure(), k.outcome(), v.cases,
                        v.fined, v.collected));
            }
        });
        List<CaseTallyMapper.StageLine> s = new ArrayList<>();
        stages.forEach((k, v) -> {
            if (v[0] != 0) {
                s.add(new CaseTallyMapper.StageLine(k.unitId(), k.stage(), v[0]));
            }
        });
        if (!m.isEmpty()) {
            mapper.addMonths(m);
        }
        if (!s.isEmpty()) {
            mapper.addStages(s);
        }
    }
}
