package cn.zhifa.casefile.internal;

import cn.zhifa.casefile.CaseStatistics.MonthRow;
import cn.zhifa.casefile.CaseStatistics.StageCount;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The cockpit's counters over case_file (case_month_tally, case_stage_tally): the tallied columns of cases (locked),
 * the deltas, the reads and the rebuild from scratch. See {@link CaseTallyInterceptor}.
 */
@Mapper
public interface CaseTallyMapper {

    /** The tallied columns of the cases, rows locked (the latest committed values, whatever the snapshot). */
    List<CaseTallyRow> lockedRows(@Param("ids") Collection<Long> ids);

    /** Adds to month counters (rows created at zero when missing), in the order given. */
    void addMonths(@Param("lines") List<MonthLine> lines);

    /** Adds to stage counters (rows created at zero when missing), in the order given. */
    void addStages(@Param("lines") List<StageLine> lines);

    /** What to add to one month counter. */
    record MonthLine(long unitId, int yr, int mon, String procedure, String outcome, long cases, BigDecimal fined,
            BigDecimal collected) {
    }

    /** What to add to one stage counter. */
    record StageLine(long unitId, String stage, long cases) {
    }

    /** Tallied months [fromYm, toYm] (year * 100 + month), summed over the units unless one is given. */
    List<MonthRow> months(@Param("unitId") Long unitId, @Param("fromYm") int fromYm, @Param("toYm") int toYm);

    List<StageCount> openByStage(@Param("unitId") Long unitId);

    /** Every counter as stored (unit|… key → values), and the same computed directly from case_file. */
    List<TallyLine> storedLines();

    List<TallyLine> computedLines();

    long countMonthRows();

    long countStageRows();

    boolean anyCase();

    void clearMonths();

    void clearStages();

    int fillMonths();

    int fillStages();

    /** One counter line: a month key ("M|unit|yr|mon|procedure|outcome") or a stage key ("S|unit|stage"). */
    record TallyLine(String key, long cases, BigDecimal fined, BigDecimal collected) {
    }
}
