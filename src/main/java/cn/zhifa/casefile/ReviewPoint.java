package cn.zhifa.casefile;

/** The review points of 国办发〔2018〕118号 §四(十三), each answered pass / problem by the legal reviewer. */
public enum ReviewPoint {
    /** 行政执法主体是否合法. */
    BODY,
    /** 行政执法人员是否具备执法资格. */
    OFFICERS,
    /** 行政执法程序是否合法. */
    PROCEDURE,
    /** 案件事实是否清楚，证据是否合法充分. */
    FACTS_EVIDENCE,
    /** 适用法律、法规、规章是否准确，裁量基准运用是否适当. */
    LAW_DISCRETION,
    /** 执法是否超越执法机关法定权限. */
    COMPETENCE,
    /** 行政执法文书是否完备、规范. */
    DOCUMENTS,
    /** 违法行为是否涉嫌犯罪、需要移送司法机关. */
    CRIME_TRANSFER
}
