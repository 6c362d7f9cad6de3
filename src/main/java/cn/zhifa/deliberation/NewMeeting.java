package cn.zhifa.deliberation;

import cn.zhifa.shared.Limits;
import cn.zhifa.shared.Plausible;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting to convene: when and where, who presides (null: the principal head, or the convener when the unit has
 * none), the cases on the agenda for their decision, the cases on the agenda for the extension of their decision period
 * (延长办案期限) and other attendees without a vote (e.g. the legal reviewer). The case handlers are added as non-voting
 * attendees by themselves.
 */
public record NewMeeting(@Plausible LocalDateTime scheduledAt, @Size(max = Limits.PLACE) String place, Long presidingId,
        @Size(max = Limits.LIST) List<@NotNull Long> caseIds, @Size(max = Limits.LIST) List<@NotNull Long> otherAttendeeIds,
        @Size(max = Limits.LIST) List<@NotNull @Valid ExtensionRequest> extensions) {

    /** A meeting on decisions only. */
    public NewMeeting(LocalDateTime scheduledAt, String place, Long presidingId, List<Long> caseIds,
            List<Long> otherAttendeeIds) {
        this(scheduledAt, place, presidingId, caseIds, otherAttendeeIds, null);
    }
}
