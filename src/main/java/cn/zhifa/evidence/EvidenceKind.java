package cn.zhifa.evidence;

/** 证据种类 as the vault stores them (行政处罚法 Art. 46: 书证、物证、视听资料、电子数据、笔录 …). */
public enum EvidenceKind {
    /** 照片. */
    PHOTO,
    /** 视频 (执法记录仪录像). */
    VIDEO,
    /** 录音. */
    AUDIO,
    /** 书证 / 文书 (PDF). */
    DOCUMENT,
    /** 询问笔录、现场检查（勘验）笔录的扫描件. */
    RECORD_SCAN,
    /** 电子数据 (files, archives, office documents). */
    ELECTRONIC_DATA
}
