package cn.zhifa.deliberation;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting to convene: when and where, who presides (null: the principal head, or the convener when the unit has
 * none), the cases on the agenda and other attendees without a vote (e.g. the legal reviewer). The case handlers are
 * added as non-voting attendees by themselves.
 */
public record NewMeeting(LocalDateTime scheduledAt, String place, Long presidingId, List<Long> caseIds,
        List<Long> otherAttendeeIds) {
}
