package cn.zhifa.casefile.internal;

import cn.zhifa.casefile.Seizure;
import cn.zhifa.casefile.SeizureKind;
import cn.zhifa.casefile.SeizureOutcome;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** 查封、扣押 decisions of a case (table case_seizure). */
@Mapper
public interface SeizureMapper {

    void insert(SeizureRow row);

    Seizure seizure(long id);

    Seizure seizureForUpdate(long id);

    List<Seizure> seizures(long caseId);

    int extend(@Param("id") long id, @Param("days") int days, @Param("reason") String reason, @Param("by") long by,
            @Param("at") LocalDateTime at, @Param("due") LocalDate due, @Param("confirmed") boolean confirmed);

    int conclude(@Param("id") long id, @Param("outcome") SeizureOutcome outcome, @Param("reason") String reason,
            @Param("by") long by, @Param("at") LocalDateTime at);

    /** case_seizure row for inserts. */
    class SeizureRow {
        public Long id;
        public Long caseId;
        public SeizureKind kind;
        public String items;
        public String place;
        public String reason;
        public Long decidedBy;
        public LocalDateTime decidedAt;
        public LocalDate startDate;
        public int termDays;
        public LocalDate dueDate;
        public boolean confirmed;
    }
}
