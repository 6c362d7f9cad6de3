package cn.zhifa.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One court hearing of a suit against the decision and who appeared for the agency (负责人出庭应诉, 行政诉讼法 Art. 3
 * ¶3): a head of the unit, or another named official with the reason the head did not appear (decision 0027).
 */
public record RemedyHearing(long id, long remedyId, long caseId, LocalDate hearingOn, String attendee,
        boolean headAttended, String headAbsentReason, long recordedBy, LocalDateTime recordedAt) {
}
