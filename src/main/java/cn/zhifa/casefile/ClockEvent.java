package cn.zhifa.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A pause of the decision clock (听证, 检测鉴定, 中止) or an extension of it (延期), with who approved it; an extension
 * by collective deliberation names the resolution (the agenda item) and its meeting (decision 0030).
 */
public record ClockEvent(long id, long caseId, ClockEventKind kind, LocalDate start, LocalDate end, Integer days,
        String reason, long approvedBy, long recordedBy, LocalDateTime recordedAt, Long resolutionId, Long meetingId) {

    public boolean isPause() {
        return kind.isPause();
    }
}
