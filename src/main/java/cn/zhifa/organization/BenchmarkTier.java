package cn.zhifa.organization;

/** 裁量阶次 (国办发〔2022〕27号 §六), mildest first. */
public enum BenchmarkTier {
    /** 不予处罚. */
    NO_PENALTY,
    /** 减轻处罚. */
    MITIGATED,
    /** 从轻处罚 / 情节轻微. */
    LIGHTER,
    /** 一般. */
    GENERAL,
    /** 从重处罚 / 情节严重. */
    HEAVIER
}
