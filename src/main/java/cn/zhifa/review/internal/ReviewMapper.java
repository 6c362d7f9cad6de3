package cn.zhifa.review.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ReviewMapper {

    List<RuleRow> rules();

    RuleRow rule(long id);

    void insertRule(RuleRow row);

    int updateRule(RuleRow row);

    QualificationRow qualification(long userId);

    List<QualificationRow> qualifications();

    int updateQualification(QualificationRow row);

    void insertQualification(QualificationRow row);

    void insertRecusal(RecusalRow row);

    RecusalRow recusal(long id);

    RecusalRow recusalForUpdate(long id);

    int decideRecusal(RecusalRow row);

    List<RecusalRow> recusals(long caseId);

    int countGrantedRecusals(@Param("caseId") long caseId, @Param("reviewerId") long reviewerId);

    void insertRound(RoundRow row);

    void insertPoint(PointRow row);

    List<RoundRow> rounds(long caseId);

    List<PointRow> points(long caseId);

    void insertNotice(NoticeRow row);

    NoticeRow latestNotice(long caseId);

    void insertHearing(HearingRow row);

    HearingRow latestHearing(long caseId);

    int updateHearing(HearingRow row);

    int deleteRequirements(@Param("caseId") long caseId);

    void insertRequirement(@Param("caseId") long caseId, @Param("kind") String kind, @Param("code") String code,
            @Param("reason") String reason, @Param("at") LocalDateTime at);

    List<RequirementRow> requirements(long caseId);

    int countExtensions(@Param("caseId") long caseId, @Param("roundNo") int roundNo);

    void insertExtension(@Param("caseId") long caseId, @Param("roundNo") int roundNo, @Param("reason") String reason,
            @Param("by") long approvedBy, @Param("at") LocalDateTime at);
}
