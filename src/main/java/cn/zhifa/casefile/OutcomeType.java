package cn.zhifa.casefile;

/** Proposed or decided outcome (处理结果). */
public enum OutcomeType {
    /** 警告. */
    WARNING,
    /** 罚款 (possibly with confiscation). */
    FINE,
    /** 没收违法所得/非法财物. */
    CONFISCATION,
    /** 不予行政处罚. */
    NO_PENALTY,
    /** 违法事实不成立. */
    NOT_ESTABLISHED,
    /** 移送 (司法机关/其他机关). */
    TRANSFER;

    public boolean isPenalty() {
        return this == WARNING || this == FINE || this == CONFISCATION;
    }
}
