package cn.zhifa.casefile;

/** What a transfer hands the case to (decision 0028). */
public enum TransferKind {
    /** 移送涉嫌犯罪案件 to the public security organ (行政执法机关移送涉嫌犯罪案件的规定). */
    CRIME,
    /** 移送有管辖权的行政机关 — the case belongs to another agency; a separate, simpler outcome. */
    JURISDICTION
}
