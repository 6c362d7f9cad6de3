package cn.zhifa.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One act of execution on a fine case. {@code actDate}: the day of the application (deferral, instalments, court) or
 * of issue (催告书) or of the termination. Deferral/instalments: {@code days} asked for, {@code instalments}, the
 * head's decision ({@code approved} null while pending) and the {@code newDue} payment deadline it set. 催告: the
 * service ({@code servedMethod}, the date entered {@code deliveredDate} and the deemed {@code servedDate}). Court:
 * the court, its acceptance and ruling. Termination: the {@code ground}, decided by the head {@code decidedBy}.
 */
public record ExecutionAct(long id, long caseId, ExecutionActKind kind, LocalDate actDate, String docNo, String note,
        Integer days, Integer instalments, Boolean approved, Long decidedBy, LocalDate decidedOn, String decisionNote,
        LocalDate newDue, ServiceMethod servedMethod, LocalDate deliveredDate, LocalDate servedDate,
        String serviceNote, String court, LocalDate acceptedDate, String courtCaseNo, LocalDate ruledDate,
        CourtRuling ruling, String rulingNote, TerminationGround ground, long recordedBy, LocalDateTime recordedAt) {

    public boolean pending() {
        return (kind == ExecutionActKind.DEFERRAL || kind == ExecutionActKind.INSTALMENTS) && approved == null;
    }
}
