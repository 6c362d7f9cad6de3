package cn.zhifa.complaint;

/** 答复投诉人: what was said and how (PHONE, SMS, LETTER, ONLINE, IN_PERSON). */
public record ComplaintReply(String text, String method) {
}
