package cn.zhifa.casefile;

/** The head's answer to a preservation request (行政处罚法 Art. 56: 经行政机关负责人批准). */
public enum PreservationApproval {
    /** Awaiting the head. */
    PENDING,
    /** Approved by a head of the unit who is not a handler. */
    APPROVED,
    /** Refused; an urgent act's items must be released. */
    REFUSED
}
