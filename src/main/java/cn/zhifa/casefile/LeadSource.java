package cn.zhifa.casefile;

/** 案件来源. */
public enum LeadSource {
    /** 巡查发现. */
    INSPECTION,
    /** 投诉举报. */
    COMPLAINT,
    /** 12345 热线. */
    HOTLINE_12345,
    /** 移送. */
    REFERRAL,
    /** 视频巡查. */
    VIDEO_PATROL
}
