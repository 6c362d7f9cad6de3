package cn.zhifa.casefile;

/** Whose recusal (回避, 行政处罚法 Art. 43) is asked for; labels {@code recusal.role.<NAME>}. */
public enum RecusalRole {
    /** 承办人 (a handler of the case). */
    HANDLER,
    /** 听证主持人 (the presiding officer of the scheduled hearing). */
    PRESIDER
}
