package cn.zhifa.casefile.internal;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Which of a case's dependent tables hold rows of the case: a bit each on the case row. */
@Mapper
public interface CaseFactsMapper {

    /**
     * Sets a dependent-fact table's bit ({@link CaseFactsProbe#BITS}) on the case, if it is not set: the case's first
     * row of that table is being inserted.
     */
    int markFact(@Param("caseId") long caseId, @Param("bit") int bit);
}
