package cn.zhifa.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the summary procedure (简易程序, feature {@code summary}) stores on the shared case row when an on-the-spot
 * decision is made: the case is created decided and handed over, numbered with the decision's number. The legal
 * checks (thresholds, officers, statement) are the summary feature's; this record is already checked.
 * {@code collectedOnSpot}: the fine was collected on the spot against the fiscal receipt (Art. 68–70), so it is paid;
 * otherwise a fine is paid later at the bank and follows the execution end-game of an ordinary case (decision 0031).
 */
public record SummaryCaseOpening(long unitId, String decisionNo, int year, int seq, LeadSource source,
        String violation, String place, Long itemId, Party party, LocalDate actDate, LocalDateTime decidedAt,
        List<Long> handlers, OutcomeType outcome, BigDecimal fine, String statement, boolean statementRefused,
        boolean collectedOnSpot) {
}
