package cn.zhifa.deliberation;

/** A head's vote on the handling proposal (案件处理意见). */
public enum VoteChoice {
    /** 同意 the handling proposal. */
    AGREE,
    /** 不同意: dissent, recorded verbatim, possibly with the outcome the head supports instead. */
    DISAGREE,
    /** 弃权. */
    ABSTAIN
}
