package cn.zhifa.casefile.internal;

import cn.zhifa.casefile.CaseQuery;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.shared.PartyMatch;
import cn.zhifa.shared.RunningNumber;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CaseFileMapper {
    void insertCase(CaseRow row);

    CaseRow findCase(long id);

    /**
     * Locks the case row (and only it: the item's name is read by a scalar subquery, which takes no lock — checked
     * on MariaDB 10.11, READ COMMITTED).
     */
    CaseRow findCaseForUpdate(long id);

    /** The case of an open task, locked, with {@code lockedTaskKey} and {@code actorHandlerCount}; null: no such task. */
    CaseRow findCaseOfTaskForUpdate(@Param("taskId") String taskId, @Param("userId") long userId);

    /** Writes every mutable column when the row still has {@code version}; returns 0 when someone else won. */
    int updateCase(CaseRow row);

    int setClockProcess(@Param("id") long id, @Param("pid") String processInstanceId);

    /** The case's procedure instance (a new one after 撤销并责令重新作出 on an archived case, decision 0029). */
    int setProcessInstance(@Param("id") long id, @Param("pid") String processInstanceId);

    /**
     * Writes only the named fields of the row (and bumps the version) of a case the caller holds locked since it
     * read it (so no version check); 1 = written.
     */
    int updateChanged(@Param("row") CaseRow row, @Param("changed") java.util.Collection<String> changed);

    /** Sets the stage of a case whose row the caller holds locked. */
    int updateStage(@Param("id") long id, @Param("stage") CaseStage stage);

    /**
     * {@code toExclusive} is the day after {@code query.to()}, so the whole last day is included; {@code party} is how
     * the party fragment is matched (null: no party filter; {@code query.party()} itself is not read).
     */
    List<CaseRow> search(@Param("q") CaseQuery query, @Param("unitId") Long unitId,
            @Param("toExclusive") LocalDate toExclusive, @Param("no") CaseNumberFilter caseNo,
            @Param("pm") PartyMatch party);

    /** As {@link #search}, counting at most {@code cap} cases (null: all). */
    long count(@Param("q") CaseQuery query, @Param("unitId") Long unitId,
            @Param("toExclusive") LocalDate toExclusive, @Param("no") CaseNumberFilter caseNo,
            @Param("pm") PartyMatch party, @Param("cap") Integer cap);

    void insertParty(PartyRow row);

    List<PartyRow> findParties(long caseId);

    void insertHandler(@Param("caseId") long caseId, @Param("userId") long userId, @Param("role") String role);

    /** Inserts the handlers in one statement: the first is the lead ({@code LEAD}), the others {@code ASSIST}. */
    void insertHandlers(@Param("caseId") long caseId, @Param("userIds") List<Long> userIds);

    void deleteHandlers(long caseId);

    List<HandlerRow> findHandlers(long caseId);

    /** The handlers of several cases in one read (the at-risk list). */
    List<HandlerRow> findHandlersOfCases(@Param("caseIds") java.util.Collection<Long> caseIds);

    void insertDocument(DocumentRow row);

    List<DocumentRow> findDocuments(long caseId);

    int countDocuments(@Param("caseId") long caseId, @Param("docType") String docType);


    List<HistoryRow> findHistory(long caseId);

    /** Moves the row on by one; {@code n.value} is then its next_no, one past the number taken. */
    int bumpCaseNumber(RunningNumber n);

    void insertCaseNumber(@Param("unitId") long unitId, @Param("year") int year);

}
