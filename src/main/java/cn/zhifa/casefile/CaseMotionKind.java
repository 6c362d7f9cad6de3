package cn.zhifa.casefile;

/** What a {@link CaseMotion} asks for (decision record 0025). */
public enum CaseMotionKind {
    /** 撤销立案 / 终止调查: a filed case ends without a decision, on a {@link CaseExitGround}. */
    EXIT,
    /** A decision after the decision period ran out, approved by a head with reasons and flagged for supervision. */
    LATE_DECISION,
    /** 回避 of a handler or the hearing presider (行政处罚法 Art. 43). */
    RECUSAL
}
