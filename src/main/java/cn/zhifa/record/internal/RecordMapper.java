package cn.zhifa.record.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface RecordMapper {

    /** The chain's tail locked for this transaction, with the case's stage (read, not locked); null: no entry yet. */
    HeadRow lockHead(long caseId);

    HeadRow head(long caseId);

    String stageOf(long caseId);

    void insertHead(@Param("caseId") long caseId, @Param("seq") long seq, @Param("hash") String hash,
            @Param("keyId") String keyId, @Param("seal") String seal);

    int updateHead(@Param("caseId") long caseId, @Param("seq") long seq, @Param("hash") String hash,
            @Param("keyId") String keyId, @Param("seal") String seal);

    List<HeadRow> heads();

    List<HeadRow> unsealedHeads();

    int sealHead(@Param("caseId") long caseId, @Param("seq") long seq, @Param("keyId") String keyId,
            @Param("seal") String seal);

    void insert(RecordRow row);

    /** Several entries in one multi-row INSERT (no generated keys). */
    void insertAll(@Param("rows") List<RecordRow> rows);

    List<RecordRow> entries(long caseId);

    LocalDateTime lastAction(@Param("caseId") long caseId, @Param("actorId") long actorId,
            @Param("action") String action);

    boolean isHandler(@Param("caseId") long caseId, @Param("userId") long userId);
}
