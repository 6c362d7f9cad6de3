package cn.zhifa.casefile.internal;

import cn.zhifa.casefile.CaseStatistics.CaseRef;
import cn.zhifa.casefile.CaseStatistics.Drill;
import cn.zhifa.casefile.CaseStatistics.MonthRow;
import cn.zhifa.casefile.CaseStatistics.RemedyCount;
import cn.zhifa.casefile.CaseStatistics.StageCount;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Read-only figures over case_file and case_remedy for {@link cn.zhifa.casefile.CaseStatistics}. */
@Mapper
public interface CaseStatisticsMapper {

    List<CaseRef> inScope(@Param("units") Collection<Long> units, @Param("from") LocalDate from,
            @Param("before") LocalDate before, @Param("procedures") Collection<String> procedures);

    List<Long> overturned(@Param("ids") Collection<Long> ids);

    List<Long> idsAfter(@Param("afterId") long afterId, @Param("limit") int limit);

    long countAll();

    List<CaseRef> refs(@Param("ids") Collection<Long> ids);

    List<MonthRow> monthly(@Param("unitId") Long unitId, @Param("from") LocalDate from,
            @Param("before") LocalDate before);

    List<StageCount> openByStage(@Param("unitId") Long unitId);

    List<RemedyCount> remedyOutcomes(@Param("unitId") Long unitId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    List<CaseRef> drill(@Param("d") Drill d, @Param("before") LocalDate before, @Param("limit") int limit);
}
