package cn.zhifa.evidence.internal;

import cn.zhifa.evidence.AvAct;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface EvidenceMapper {

    void insert(EvidenceRow row);

    void insertOfficer(@Param("evidenceId") long evidenceId, @Param("userId") long userId);

    EvidenceRow find(long id);

    EvidenceRow findForUpdate(long id);

    List<EvidenceRow> ofCase(long caseId);

    /** Evidence items of the case that are not withdrawn. */
    int countActive(long caseId);

    /** Officers present at each evidence item of the case. */
    List<OfficerRow> officersOfCase(long caseId);

    List<OfficerRow> officersOf(long evidenceId);

    /** Video evidence of the case linked to the act. */
    List<EvidenceRow> linkedVideo(@Param("caseId") long caseId, @Param("act") AvAct act);

    int withdraw(@Param("id") long id, @Param("at") java.time.LocalDateTime at, @Param("by") long by,
            @Param("reason") String reason);

    int setCustodian(@Param("id") long id, @Param("from") long from, @Param("to") long to);
}
