package cn.zhifa.casefile;

/**
 * A duty on a case that a handler (承办人) of that case may not perform: the separation of investigation from
 * approval, review and decision (行政处罚法 Art. 43, 57, 58, 64(4); 国办发〔2018〕118号). Each duty names the message key
 * of its refusal; {@link SeparationOfDuties} is the one place that checks it.
 */
public enum Duty {
    /** 立案审批 */
    APPROVE_FILING("filing.approverIsHandler", true),
    /** 案件审核 */
    CASE_REVIEW("review.reviewerIsHandler", true),
    /** 法制审核 */
    LEGAL_REVIEW("legalReview.reviewerIsHandler", true),
    /** 处罚决定, and a head's decision on a recusal request */
    DECIDE("decision.deciderIsHandler", true),
    /** 听证主持人: a non-investigator (Art. 64(4)) */
    PRESIDE_HEARING("hearing.presidingIsInvestigator", false),
    /** 期限延长 / 中止 approved by a head */
    APPROVE_CLOCK("clock.approverIsHandler", true),
    /** 先行登记保存 approved (or refused) in the system by a head who is not a handler (decision 0024) */
    APPROVE_PRESERVATION("preservation.approverIsHandler", true),
    /** 查封扣押 decided, extended, released or handled by a head who is not a handler (行政强制法 Art. 18, 25, 27) */
    DECIDE_SEIZURE("seizure.deciderIsHandler", true),
    /** 移送 decided by a (principal) head who is not a handler (移送规定 Art. 5; decision 0028) */
    DECIDE_TRANSFER("transfer.deciderIsHandler", true),
    /** 延期/分期缴纳罚款 approved by a head (行政处罚法 Art. 66 ¶2) */
    APPROVE_DEFERRAL("execution.deferralApproverIsHandler", true),
    /** 终结执行 approved by a head (行政强制法 Art. 40) */
    APPROVE_TERMINATION("execution.terminationApproverIsHandler", true),
    /** 撤销立案 / 终止调查, a late decision and a recusal decided by a head (decision record 0025) */
    APPROVE_EXIT("motion.approverIsHandler", true);

    private final String refusal;
    private final boolean forbidden;

    Duty(String refusal, boolean forbidden) {
        this.refusal = refusal;
        this.forbidden = forbidden;
    }

    /** Message key of the refusal. */
    public String refusal() {
        return refusal;
    }

    /** Refused as forbidden (the actor himself) rather than as invalid input (a person named in the input). */
    public boolean forbidden() {
        return forbidden;
    }
}
