package cn.zhifa.casefile;

/** 行政强制法 Art. 9(2): the two coercive measures on property this module records. */
public enum SeizureKind {
    /** 查封场所、设施或者财物. */
    SEAL,
    /** 扣押财物. */
    SEIZE
}
