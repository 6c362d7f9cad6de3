package cn.zhifa.casefile;

/** Where a case stands; each open user task puts the case in one stage. */
public enum CaseStage {
    /** 线索核查. */
    VERIFICATION,
    /** 立案审批. */
    FILING_APPROVAL,
    /** 不予立案 (terminal). */
    NOT_FILED,
    /** 调查取证. */
    INVESTIGATION,
    /** 调查终结. */
    INVESTIGATION_REPORT,
    /** 案件审核. */
    CASE_REVIEW,
    /** 法制审核. */
    LEGAL_REVIEW,
    /** 事先告知. */
    ADVANCE_NOTICE,
    /** 陈述申辩. */
    STATEMENT,
    /** 听证 (requested, scheduled, held). */
    HEARING,
    /** 集体讨论. */
    DELIBERATION,
    /** 处罚决定. */
    DECISION,
    /** 送达. */
    SERVICE,
    /** 执行. */
    EXECUTION,
    /** 结案审批. */
    CLOSING,
    /** 归档 (terminal, read-only). */
    ARCHIVED,
    /** 撤销立案 / 终止调查 approved by a head (terminal, read-only; decision record 0025). */
    TERMINATED,
    /** 已移送 (terminal): the receiving organ accepted a transfer for suspected crime, or the case went to the competent agency (0028). */
    TRANSFERRED;

    public boolean isTerminal() {
        return this == NOT_FILED || this == ARCHIVED || this == TERMINATED || this == TRANSFERRED;
    }
}
