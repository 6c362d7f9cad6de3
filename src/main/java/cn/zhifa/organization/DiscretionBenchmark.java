package cn.zhifa.organization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of an item's discretion benchmark: tier, conditions, concrete standard and fine range. */
public record DiscretionBenchmark(long id, long itemId, PartyScope partyScope, BenchmarkTier tier, String conditions,
        String standard, BigDecimal fineMin, BigDecimal fineMax, String source, LocalDate validFrom, boolean active,
        long changedBy, LocalDateTime changedAt, int version) {

    /** Whether a proposed fine lies within this row's range (a row without a range holds no fine but zero). */
    public boolean holds(BigDecimal fine) {
        BigDecimal f = fine == null ? BigDecimal.ZERO : fine;
        if (fineMin == null && fineMax == null) {
            return f.signum() == 0;
        }
        return (fineMin == null || f.compareTo(fineMin) >= 0) && (fineMax == null || f.compareTo(fineMax) <= 0);
    }

    /** True when an item has tiers ({@code rows}) and none holds the fine: a departure from the benchmark. */
    public static boolean departs(java.util.List<DiscretionBenchmark> rows, BigDecimal fine) {
        return !rows.isEmpty() && rows.stream().noneMatch(b -> b.holds(fine));
    }
}
