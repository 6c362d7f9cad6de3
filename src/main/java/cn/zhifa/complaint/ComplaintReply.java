package cn.zhifa.complaint;

import cn.zhifa.shared.Limits;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 答复投诉人: what was said and how (one of {@link #METHODS}; shown as {@code complaint.replyMethod.<METHOD>} in the
 * reader's language).
 */
public record ComplaintReply(@Size(max = Limits.TEXT) String text, @Size(max = 20) String method) {

    /** The ways of replying, in the order a form offers them. */
    public static final List<String> METHODS = List.of("PHONE", "SMS", "LETTER", "ONLINE", "IN_PERSON");
}
