package cn.zhifa.casefile.internal;

import cn.zhifa.casefile.CaseMotion;
import cn.zhifa.casefile.CaseMotionKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Requests on a case decided by a head: exits, late decisions, recusals (table case_motion). */
@Mapper
public interface CaseMotionMapper {

    /** Inserts the request (decided already when {@code approved} is set) and returns its id. */
    default long insert(long caseId, CaseMotionKind kind, String ground, Long subjectUserId, String subjectRole,
            LocalDate dueDate, String reason, long by, LocalDateTime at, Boolean approved) {
        MotionInsert m = new MotionInsert();
        m.caseId = caseId;
        m.kind = kind;
        m.ground = ground;
        m.subjectUserId = subjectUserId;
        m.subjectRole = subjectRole;
        m.dueDate = dueDate;
        m.reason = reason;
        m.by = by;
        m.at = at;
        m.approved = approved;
        m.decidedBy = approved == null ? null : by;
        m.decidedAt = approved == null ? null : at;
        insertRow(m);
        return m.id;
    }

    void insertRow(MotionInsert m);

    List<CaseMotion> ofCase(long caseId);

    CaseMotion find(long id);

    /** Approved late decisions approved in [from, to) of one unit, or of all when {@code unitId} is null. */
    long countLate(@Param("unitId") Long unitId, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    int decide(@Param("id") long id, @Param("approved") boolean approved, @Param("by") long by,
            @Param("at") LocalDateTime at, @Param("opinion") String opinion, @Param("successor") Long successor);

    /** The insert's parameters and generated id. */
    final class MotionInsert {
        public Long id;
        public long caseId;
        public CaseMotionKind kind;
        public String ground;
        public Long subjectUserId;
        public String subjectRole;
        public LocalDate dueDate;
        public String reason;
        public long by;
        public LocalDateTime at;
        public Boolean approved;
        public Long decidedBy;
        public LocalDateTime decidedAt;
    }
}
