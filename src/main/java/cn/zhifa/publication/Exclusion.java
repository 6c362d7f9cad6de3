package cn.zhifa.publication;

/**
 * Why a decision is not published (内蒙古 Art. 11; 国办发〔2018〕118号 §二): an excluded publication never reaches the
 * public pages; the reason is recorded on the case.
 */
public enum Exclusion {
    /** 当事人为未成年人. */
    MINOR,
    /** 涉及国家秘密. */
    STATE_SECRET,
    /** 涉及商业秘密. */
    COMMERCIAL_SECRET,
    /** 涉及个人隐私. */
    PRIVACY,
    /** 可能危及国家安全、公共安全、经济安全或社会稳定. */
    SECURITY,
    /** 可能影响相关案件调查. */
    RELATED_INVESTIGATION,
    /** 涉嫌犯罪移送公安机关或正在侦查. */
    CRIME_TRANSFER,
    /** 决定在公示前已被变更、撤销或确认违法、无效 (set automatically from the remedy outcome). */
    DECISION_CHANGED,
    /** 法律、行政法规规定的其他情形. */
    OTHER_LAW
}
