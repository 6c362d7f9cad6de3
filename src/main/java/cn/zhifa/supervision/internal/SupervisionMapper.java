package cn.zhifa.supervision.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The supervision feature's tables (sv_*). */
@Mapper
public interface SupervisionMapper {

    // rubric
    RubricRow currentRubric();

    RubricRow rubric(@Param("id") long id);

    List<SectionRow> sections(@Param("rubricId") long rubricId);

    List<ItemRow> items(@Param("rubricId") long rubricId);

    List<RubricRow> rubrics();

    void insertRubric(RubricRow r);

    void insertSection(SectionRow s);

    void insertItem(ItemRow i);

    // pre-audit
    int deleteFindings(@Param("caseId") long caseId);

    void insertFinding(FindingRow f);

    List<FindingRow> findings(@Param("caseId") long caseId);

    /** The case's audit row (how many findings are stored, which review outcomes), or null before its first audit. */
    CaseAuditRow caseAudit(@Param("caseId") long caseId);

    int updateCaseAudit(@Param("caseId") long caseId, @Param("unitId") long unitId,
            @Param("at") java.time.LocalDateTime at, @Param("findings") int findings,
            @Param("deduction") java.math.BigDecimal deduction, @Param("veto") boolean veto,
            @Param("millis") int millis, @Param("reviewKeys") String reviewKeys);

    void insertCaseAudit(@Param("caseId") long caseId, @Param("unitId") long unitId,
            @Param("at") java.time.LocalDateTime at, @Param("findings") int findings,
            @Param("deduction") java.math.BigDecimal deduction, @Param("veto") boolean veto,
            @Param("millis") int millis, @Param("reviewKeys") String reviewKeys);

    List<Long> casesWithFindings(@Param("ids") Collection<Long> ids);

    List<Long> casesWithFindingKinds(@Param("ids") Collection<Long> ids, @Param("kinds") Collection<String> kinds);

    List<Map<String, Object>> findingsByUnitAndKind(@Param("unitId") Long unitId);

    long auditedCases();

    // legal-review outcomes (read model)
    int deleteReviewOutcomes(@Param("caseId") long caseId);

    /** The case's stored review outcomes as "round|unit|outcome|yyyy-mm-dd", by round. */
    List<String> reviewOutcomeKeys(@Param("caseId") long caseId);

    void insertReviewOutcome(@Param("caseId") long caseId, @Param("roundNo") int roundNo, @Param("unitId") long unitId,
            @Param("outcome") String outcome, @Param("reviewedOn") LocalDate reviewedOn);

    List<Map<String, Object>> reviewOutcomeCounts(@Param("unitId") Long unitId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    List<Long> casesWithReviewOutcome(@Param("unitId") Long unitId, @Param("outcome") String outcome,
            @Param("from") LocalDate from, @Param("to") LocalDate to);

    List<Long> casesWithFindingKind(@Param("unitId") Long unitId, @Param("kind") String kind);

    List<Long> casesWithGrade(@Param("unitId") long unitId, @Param("grade") String grade);

    // plans
    void insertPlan(PlanRow p);

    int updatePlan(PlanRow p);

    PlanRow plan(@Param("id") long id);

    PlanRow planForUpdate(@Param("id") long id);

    List<PlanRow> plans();

    void insertPlanCase(PlanCaseRow c);

    List<PlanCaseRow> planCases(@Param("planId") long planId);

    PlanCaseRow planCase(@Param("id") long id);

    void insertAssignment(AssignmentRow a);

    List<AssignmentRow> assignments(@Param("planId") long planId);

    List<AssignmentRow> assignmentsOfCase(@Param("planCaseId") long planCaseId);

    List<PlanCaseRow> assignedTo(@Param("reviewerId") long reviewerId);

    // scores
    ScoreRow score(@Param("planCaseId") long planCaseId, @Param("reviewerId") long reviewerId);

    ScoreRow scoreForUpdate(@Param("planCaseId") long planCaseId, @Param("reviewerId") long reviewerId);

    List<ScoreRow> scoresOfCase(@Param("planCaseId") long planCaseId);

    List<ScoreRow> scoresOfPlan(@Param("planId") long planId);

    void insertScore(ScoreRow s);

    int updateScore(ScoreRow s);

    int deleteLines(@Param("scoreId") long scoreId);

    void insertLine(ScoreLineRow l);

    List<ScoreLineRow> lines(@Param("scoreId") long scoreId);

    List<ScoreLineRow> linesOfPlan(@Param("planId") long planId);

    List<Map<String, Object>> signedScoresByUnit();

    // reports and objections
    void insertReport(ReportRow r);

    ReportRow report(@Param("planId") long planId, @Param("unitId") long unitId);

    ReportRow reportById(@Param("id") long id);

    List<ReportRow> reports(@Param("planId") long planId);

    /** The reports issued to one unit (every unit when null), newest first, at most 200. */
    List<ReportRow> reportsOfUnit(@Param("unitId") Long unitId);

    void insertObjection(ObjectionRow o);

    ObjectionRow objection(@Param("id") long id);

    ObjectionRow objectionForUpdate(@Param("id") long id);

    List<ObjectionRow> objections(@Param("reportId") long reportId);

    int updateObjection(ObjectionRow o);

    // rectification
    void insertRectification(RectificationRow r);

    RectificationRow rectification(@Param("id") long id);

    RectificationRow rectificationForUpdate(@Param("id") long id);

    int updateRectification(RectificationRow r);

    List<RectificationRow> rectifications(@Param("unitId") Long unitId, @Param("status") String status);

    // letters
    void insertLetter(LetterRow l);

    LetterRow letter(@Param("id") long id);

    LetterRow letterForUpdate(@Param("id") long id);

    int updateLetter(LetterRow l);

    List<LetterRow> letters(@Param("unitId") Long unitId);

    List<LetterRow> lettersOverdue(@Param("today") LocalDate today);
}
