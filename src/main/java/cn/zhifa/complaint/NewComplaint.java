package cn.zhifa.complaint;

import cn.zhifa.shared.Limits;
import jakarta.validation.constraints.Size;
/**
 * A complaint as received. {@code unitId}: the responsible unit (staff: their own unit when null; the public form and
 * the API may name one). {@code sameMatterAs}: an earlier complaint this one repeats (from the de-duplication hints).
 */
public record NewComplaint(ComplaintChannel channel, @Size(max = Limits.REF) String externalRef,
        @Size(max = Limits.NAME) String complainantName, @Size(max = Limits.PHONE) String complainantPhone,
        @Size(max = Limits.PLACE) String place, @Size(max = Limits.NAME) String partyName, Long itemId,
        @Size(max = Limits.TEXT) String content, Long unitId, Long sameMatterAs) {
}
