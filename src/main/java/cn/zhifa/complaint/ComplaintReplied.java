package cn.zhifa.complaint;

/**
 * 答复投诉人: published inside the reply's transaction with the complaint as replied, so that its written reply
 * (投诉举报答复告知书) is generated with it — a reply whose document cannot be produced is refused with nothing changed.
 */
public record ComplaintReplied(Complaint complaint, long actorId) {
}
