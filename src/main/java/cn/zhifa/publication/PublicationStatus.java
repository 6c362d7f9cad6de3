package cn.zhifa.publication;

/** Life of a decision publication. Only PUBLISHED content is public; WITHDRAWN shows its explanation only. */
public enum PublicationStatus {
    /** 待审核发布: generated on the decision, redacted automatically. */
    DRAFT,
    /** 不予公开: blocked by an exclusion with a reason. */
    EXCLUDED,
    /** 已公示. */
    PUBLISHED,
    /** 已撤回 (decision changed, revoked, illegal or void). */
    WITHDRAWN,
    /** 期满撤下 (display period over). */
    TAKEN_DOWN
}
