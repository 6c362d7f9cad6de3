package cn.zhifa.complaint;

import cn.zhifa.shared.Limits;
import jakarta.validation.constraints.Size;
/** 答复投诉人: what was said and how (PHONE, SMS, LETTER, ONLINE, IN_PERSON). */
public record ComplaintReply(@Size(max = Limits.TEXT) String text, @Size(max = 20) String method) {
}
