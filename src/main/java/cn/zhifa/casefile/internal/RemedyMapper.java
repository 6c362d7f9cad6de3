package cn.zhifa.casefile.internal;

import cn.zhifa.casefile.Remedy;
import cn.zhifa.casefile.RemedyHearing;
import cn.zhifa.casefile.RemedyKind;
import cn.zhifa.casefile.RemedyOutcome;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface RemedyMapper {

    void insert(@Param("caseId") long caseId, @Param("kind") RemedyKind kind, @Param("filedOn") LocalDate filedOn,
            @Param("body") String body, @Param("note") String note, @Param("recordedBy") long recordedBy,
            @Param("at") LocalDateTime at);

    /** Records the outcome of an open remedy; 0 if it was concluded meanwhile. */
    int conclude(@Param("id") long id, @Param("endedOn") LocalDate endedOn, @Param("outcome") RemedyOutcome outcome,
            @Param("note") String note, @Param("endedBy") long endedBy, @Param("at") LocalDateTime at);

    /** The agency received the copy of the application / complaint; 0 if concluded or already recorded. */
    int copyReceived(@Param("id") long id, @Param("on") LocalDate on);

    /** The agency submitted its answer / defence; 0 if concluded, no copy yet or already recorded. */
    int replySubmitted(@Param("id") long id, @Param("on") LocalDate on, @Param("note") String note);

    /** The changed decision's fine and service day; 0 unless the remedy ended CHANGED with none recorded yet. */
    int changeFine(@Param("id") long id, @Param("fine") java.math.BigDecimal fine,
            @Param("servedOn") LocalDate servedOn);

    /** 撤销并责令重新作出 (decision 0029); 0 unless the remedy ended REVOKED with no redo recorded yet. */
    int orderRedo(@Param("id") long id, @Param("receivedOn") LocalDate receivedOn, @Param("days") Integer days,
            @Param("by") long by, @Param("at") LocalDateTime at);

    void insertHearing(@Param("remedyId") long remedyId, @Param("caseId") long caseId,
            @Param("hearingOn") LocalDate hearingOn, @Param("attendee") String attendee,
            @Param("head") boolean head, @Param("reason") String reason, @Param("recordedBy") long recordedBy,
            @Param("at") LocalDateTime at);

    List<RemedyHearing> hearings(long caseId);

    /** Without {@code replyDue}: the calendar component computes it (RemedyService). */
    List<Remedy> ofCase(long caseId);

    Remedy find(long id);

    /** Remedies filed in [from, to] by the cases of a unit (null = all units), for the annual statistics. */
    List<Remedy> filedBetween(@Param("unitId") Long unitId, @Param("from") LocalDate from, @Param("to") LocalDate to);
}
