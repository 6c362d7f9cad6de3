package cn.zhifa.casefile.internal;

import cn.zhifa.casefile.CourtRuling;
import cn.zhifa.casefile.ExecutionAct;
import cn.zhifa.casefile.ExecutionActKind;
import cn.zhifa.casefile.Payment;
import cn.zhifa.casefile.ServiceMethod;
import cn.zhifa.casefile.TerminationGround;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Payments and acts of execution of fine cases (tables case_payment, case_execution_act). */
@Mapper
public interface ExecutionMapper {

    void insertPayment(@Param("caseId") long caseId, @Param("receiptNo") String receiptNo,
            @Param("finePart") BigDecimal finePart, @Param("surchargePart") BigDecimal surchargePart,
            @Param("paidOn") LocalDate paidOn, @Param("by") long by, @Param("at") LocalDateTime at);

    List<Payment> payments(long caseId);

    void insertAct(@Param("caseId") long caseId, @Param("kind") ExecutionActKind kind,
            @Param("actDate") LocalDate actDate, @Param("docNo") String docNo, @Param("note") String note,
            @Param("days") Integer days, @Param("instalments") Integer instalments, @Param("court") String court,
            @Param("ground") TerminationGround ground, @Param("decidedBy") Long decidedBy,
            @Param("by") long by, @Param("at") LocalDateTime at);

    List<ExecutionAct> acts(long caseId);

    ExecutionAct act(long id);

    int decide(@Param("id") long id, @Param("approved") boolean approved, @Param("by") long by,
            @Param("on") LocalDate on, @Param("note") String note, @Param("newDue") LocalDate newDue);

    int served(@Param("id") long id, @Param("method") ServiceMethod method, @Param("delivered") LocalDate delivered,
            @Param("served") LocalDate served, @Param("note") String note);

    int accepted(@Param("id") long id, @Param("on") LocalDate on, @Param("courtCaseNo") String courtCaseNo);

    int ruled(@Param("id") long id, @Param("on") LocalDate on, @Param("ruling") CourtRuling ruling,
            @Param("note") String note);
}
