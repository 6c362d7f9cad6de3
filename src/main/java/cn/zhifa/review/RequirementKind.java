package cn.zhifa.review;

/** What a case may require before its decision. */
public enum RequirementKind {
    /** 法制审核. */
    REVIEW,
    /** 听证告知 (the party has the right to request a hearing). */
    HEARING,
    /** 集体讨论. */
    DELIBERATION
}
