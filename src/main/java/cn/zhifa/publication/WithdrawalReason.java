package cn.zhifa.publication;

/** Why a published decision comes down (行政处罚法 Art. 48 ¶2): within 3 working days, with a public explanation. */
public enum WithdrawalReason {
    /** 决定被变更. */
    CHANGED,
    /** 决定被撤销. */
    REVOKED,
    /** 决定被确认违法. */
    CONFIRMED_ILLEGAL,
    /** 决定被确认无效. */
    VOID
}
