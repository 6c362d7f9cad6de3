package cn.zhifa.operations.internal;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Aggregates over the whole installation for metrics and the integrity check. No feature service offers these
 * (they all answer per case or per actor's data scope); the queries are counts and ids only (decision 0019).
 */
@Mapper
public interface OperationsMapper {

    long overdueDeadlines(@Param("today") LocalDate today);

    long evidenceBytes();

    long evidenceFiles();

    /** Case ids in ascending order after {@code afterId}, at most {@code limit}. */
    List<Long> caseIds(@Param("afterId") long afterId, @Param("limit") int limit);







}
