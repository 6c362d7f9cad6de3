package cn.zhifa.casefile;

import cn.zhifa.calendar.StatutoryPeriod;

/**
 * The party's remedy against a decision: 行政复议 (reconsideration) or 行政诉讼 (suit), each with the period in which
 * the agency as respondent answers once it has received the copy (decision record 0027).
 */
public enum RemedyKind {
    /** 复议答复: 10 working days (行政复议法 Art. 48, 88). */
    RECONSIDERATION(DeadlineKind.RECONSIDER_REPLY),
    /** 应诉答辩: 15 days (行政诉讼法 Art. 67). */
    LITIGATION(DeadlineKind.LITIGATION_DEFENCE);

    private final DeadlineKind replyDeadline;

    RemedyKind(DeadlineKind replyDeadline) {
        this.replyDeadline = replyDeadline;
    }

    /** The case deadline of the agency's answer. */
    public DeadlineKind replyDeadline() {
        return replyDeadline;
    }

    /** The statutory period of the agency's answer. */
    public StatutoryPeriod replyPeriod() {
        return replyDeadline.period();
    }
}
