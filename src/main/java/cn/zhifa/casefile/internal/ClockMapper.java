package cn.zhifa.casefile.internal;

import cn.zhifa.casefile.ClockEvent;
import cn.zhifa.casefile.ClockEventKind;
import cn.zhifa.casefile.Preservation;
import cn.zhifa.casefile.PreservationOutcome;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ClockMapper {

    void insertEvent(@Param("caseId") long caseId, @Param("kind") ClockEventKind kind,
            @Param("start") LocalDate start, @Param("end") LocalDate end, @Param("days") Integer days,
            @Param("reason") String reason, @Param("approvedBy") long approvedBy, @Param("recordedBy") long recordedBy,
            @Param("at") LocalDateTime at);

    /** An extension decided by collective deliberation: with the resolution (agenda item) and its meeting. */
    void insertExtension(@Param("caseId") long caseId, @Param("kind") ClockEventKind kind,
            @Param("start") LocalDate start, @Param("days") Integer days, @Param("reason") String reason,
            @Param("approvedBy") long approvedBy, @Param("at") LocalDateTime at,
            @Param("resolutionId") Long resolutionId, @Param("meetingId") Long meetingId);

    /** Undecided cases of the unit whose head's extension is used (candidates for the extension question). */
    List<Long> casesWithHeadExtension(@Param("unitId") long unitId, @Param("limit") int limit);

    /** How many clock events used this deliberation resolution (0 or 1: unique). */
    int eventsWithResolution(long resolutionId);

    int closePause(@Param("id") long id, @Param("end") LocalDate end);

    List<ClockEvent> events(long caseId);

    /** Deadline rows of a case. */
    List<DeadlineRow> deadlines(long caseId);

    DeadlineRow deadline(@Param("caseId") long caseId, @Param("kind") String kind);

    void deleteDeadline(@Param("caseId") long caseId, @Param("kind") String kind);

    /**
     * Writes new and changed deadlines of a case in one statement: a row whose (case, kind) is stored takes the given
     * dates, flags and warning moments (its unit stays); the others are inserted.
     */
    void writeDeadlines(@Param("rows") List<DeadlineRow> rows);

    int markWarned(@Param("caseId") long caseId, @Param("kind") String kind, @Param("at") LocalDateTime at);

    int markOverdue(@Param("caseId") long caseId, @Param("kind") String kind, @Param("at") LocalDateTime at);

    /** Open deadlines due on or before {@code until}, optionally of one unit, earliest first. */
    List<DeadlineRow> openDueBy(@Param("until") LocalDate until, @Param("unitId") Long unitId,
            @Param("limit") int limit);

    List<Long> casesWithOpenDeadlines();

    void insertPreservation(PreservationRow row);

    Preservation preservation(long id);

    Preservation preservationForUpdate(long id);

    List<Preservation> preservations(long caseId);

    int setPreservationOutcome(@Param("id") long id, @Param("outcome") PreservationOutcome outcome,
            @Param("at") LocalDateTime at, @Param("by") Long by);

    int approvePreservation(@Param("id") long id, @Param("by") long by, @Param("at") LocalDateTime at,
            @Param("opinion") String opinion, @Param("start") LocalDate start, @Param("due") LocalDate due,
            @Param("confirmed") boolean confirmed);

    int refusePreservation(@Param("id") long id, @Param("by") long by, @Param("at") LocalDateTime at,
            @Param("opinion") String opinion);

    int setPreservationProcess(@Param("id") long id, @Param("pi") String processInstanceId);

    /** The 先行登记保存证据审批表 that records the head's answer (V371). */
    int setPreservationApprovalDocument(@Param("id") long id, @Param("documentId") long documentId);

    /** case_deadline row. */
    class DeadlineRow {
        public Long caseId;
        public String kind;
        public Long unitId;
        public LocalDate startDate;
        public LocalDate dueDate;
        public boolean confirmed;
        public boolean open;
        public java.time.LocalDateTime warnedAt;
        public java.time.LocalDateTime overdueAt;
        /** Filled by {@code openDueBy} only (one joined read for the at-risk list). */
        public String caseNo;
        public String partyName;
    }

    /** evidence_preservation row for inserts. */
    class PreservationRow {
        public Long id;
        public Long caseId;
        public String items;
        public String storagePlace;
        public Long recordedBy;
        public String reason;
        public boolean urgent;
        public LocalDateTime requestedAt;
        public LocalDateTime reportDueAt;
    }
}
