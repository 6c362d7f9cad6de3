package cn.zhifa.casefile;

/** The people's court's ruling on an application for enforcement (行政强制法 Art. 57–58). */
public enum CourtRuling {
    /** 裁定准予执行 */
    ENFORCE,
    /** 裁定不予执行 */
    REFUSE
}
