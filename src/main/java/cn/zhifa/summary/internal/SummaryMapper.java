package cn.zhifa.summary.internal;

import cn.zhifa.shared.RunningNumber;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface SummaryMapper {

    /** Increments the unit's running number of the year (row lock held to the end of the transaction). */
    /** Moves the row on by one; {@code n.value} is then its next_no, one past the number taken. */
    int bumpNumber(RunningNumber n);

    void insertNumber(@Param("unitId") long unitId, @Param("year") int year);


    void insert(SummaryRow row);

    SummaryRow find(long caseId);

    SummaryRow findForUpdate(long caseId);

    int recordHandIn(@Param("caseId") long caseId, @Param("day") LocalDate day);

    int recordFiling(@Param("caseId") long caseId, @Param("day") LocalDate day, @Param("userId") long userId,
            @Param("late") boolean late);

    int markLate(long caseId);

    List<SummaryRow> ofComplaint(long complaintId);

    /** Counts of case_file rows by procedure_type and stage registered in [from, to) — read only, for statistics. */
    List<Map<String, Object>> casesByProcedure(@Param("unitId") Long unitId, @Param("from") LocalDateTime from,
            @Param("to") LocalDateTime to);

    List<Map<String, Object>> decisionsByPenalty(@Param("unitId") Long unitId, @Param("from") LocalDateTime from,
            @Param("to") LocalDateTime to);
}
