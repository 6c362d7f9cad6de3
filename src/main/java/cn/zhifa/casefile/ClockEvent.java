package cn.zhifa.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A pause of the decision clock (听证, 检测鉴定, 中止) or an extension of it (延期), with who approved it. */
public record ClockEvent(long id, long caseId, ClockEventKind kind, LocalDate start, LocalDate end, Integer days,
        String reason, long approvedBy, long recordedBy, LocalDateTime recordedAt) {

    public boolean isPause() {
        return kind.isPause();
    }
}
