package cn.zhifa.review;

/** The kinds of rule in the major-decision catalogue (重大执法决定法制审核目录清单). */
public enum RuleType {
    /** Proposed fine ≥ the threshold for the party kind. */
    FINE_AMOUNT,
    /** Proposed confiscation ≥ the threshold for the party kind. */
    CONFISCATION_AMOUNT,
    /** 吊销许可证件 proposed. */
    REVOCATION,
    /** 责令停产停业、责令关闭 proposed. */
    SUSPENSION,
    /** The case went through a hearing (行政处罚法 Art. 58(2)); applies even when deactivated in the catalogue. */
    HEARING_HELD,
    /** A handler or head marked the case major (public interest, complex, several legal relationships). */
    MARKED_MAJOR,
    /** The violation item is listed in the catalogue. */
    LISTED_ITEM
}
