package cn.zhifa.deliberation;

/** An agenda item: open, resolved (决议通过) or closed without a resolution (a new meeting is needed). */
public enum ItemStatus {
    OPEN, ADOPTED, NOT_ADOPTED
}
