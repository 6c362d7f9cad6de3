package cn.zhifa.casefile.internal;

import java.util.Collection;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** case_party_gram: the party name's pieces of each case (decision 0032, {@link CasePartyGramInterceptor}). */
@Mapper
public interface CasePartyGramMapper {

    void insert(@Param("caseId") long caseId, @Param("grams") Collection<String> grams);

    void deleteOfCase(@Param("caseId") long caseId);

    /** How many cases have the piece, counting at most {@code cap} (an index range of at most cap entries). */
    int postings(@Param("gram") String gram, @Param("cap") int cap);
}
