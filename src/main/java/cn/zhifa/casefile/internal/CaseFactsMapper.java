package cn.zhifa.casefile.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Which of a case's dependent tables hold rows of the case: one statement instead of a read of each. */
@Mapper
public interface CaseFactsMapper {

    /** The names of the tables ({@link CaseFactsProbe#TABLES}) that hold at least one row of the case. */
    List<String> present(long caseId);
}
