package cn.zhifa.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** 先行登记保存: evidence preserved with a head's prior approval; decided within 7 working days or it lapses. */
public record Preservation(long id, long caseId, String items, String storagePlace, long approvedBy,
        long recordedBy, LocalDate startedDate, LocalDate dueDate, boolean confirmed, PreservationOutcome outcome,
        LocalDateTime outcomeAt, Long outcomeBy) {

    public boolean isOpen() {
        return outcome == null;
    }
}
