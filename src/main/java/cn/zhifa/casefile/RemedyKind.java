package cn.zhifa.casefile;

/** The party's remedy against a decision: 行政复议 (reconsideration) or 行政诉讼 (suit). */
public enum RemedyKind {
    RECONSIDERATION,
    LITIGATION
}
