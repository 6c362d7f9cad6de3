package cn.zhifa.complaint;

/**
 * A complaint as received. {@code unitId}: the responsible unit (staff: their own unit when null; the public form and
 * the API may name one). {@code sameMatterAs}: an earlier complaint this one repeats (from the de-duplication hints).
 */
public record NewComplaint(ComplaintChannel channel, String externalRef, String complainantName,
        String complainantPhone, String place, String partyName, Long itemId, String content, Long unitId,
        Long sameMatterAs) {
}
