package cn.zhifa.supervision;

/** Targeted picks (重点抽查) added to a plan beside the random sample. Labels {@code sv.target.<NAME>}. */
public enum Target {
    /** decision changed, revoked, found illegal or void in 行政复议/行政诉讼 */
    OVERTURNED,
    /** the case came from a complaint (投诉举报) */
    COMPLAINED,
    /** a step late or overdue (pre-audit) */
    OVERDUE,
    /** any pre-audit finding */
    FINDINGS
}
