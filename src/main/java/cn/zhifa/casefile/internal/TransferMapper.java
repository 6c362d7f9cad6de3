package cn.zhifa.casefile.internal;

import cn.zhifa.casefile.CaseTransfer;
import cn.zhifa.casefile.TransferKind;
import cn.zhifa.casefile.TransferReceipt;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Transfers of a case (table case_transfer, decision 0028). */
@Mapper
public interface TransferMapper {

    void insert(TransferRow row);

    CaseTransfer transfer(long id);

    CaseTransfer transferForUpdate(long id);

    List<CaseTransfer> transfers(long caseId);

    int decide(@Param("id") long id, @Param("decision") String decision, @Param("opinion") String opinion,
            @Param("by") long by, @Param("at") LocalDateTime at, @Param("late") boolean late,
            @Param("handoverDue") LocalDateTime handoverDue);

    int handOver(@Param("id") long id, @Param("organ") String organ, @Param("at") LocalDateTime at,
            @Param("letterNo") String letterNo, @Param("items") String items, @Param("by") long by,
            @Param("late") boolean late);

    int receipt(@Param("id") long id, @Param("receipt") TransferReceipt receipt, @Param("date") LocalDate date,
            @Param("note") String note, @Param("by") long by, @Param("at") LocalDateTime at);

    /** case_transfer row for inserts. */
    class TransferRow {
        public Long id;
        public Long caseId;
        public TransferKind kind;
        public String officers;
        public String facts;
        public String suspectedCrime;
        public String items;
        public Long reportedBy;
        public LocalDateTime reportedAt;
        public LocalDate decisionDue;
        public boolean decisionConfirmed = true;
        public String decision;
        public String decisionOpinion;
        public Long decidedBy;
        public LocalDateTime decidedAt;
        public String receivingOrgan;
    }
}
