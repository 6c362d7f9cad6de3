package cn.zhifa.casefile;

/** Pauses and extensions of the decision period (住建部令55 Art. 29–30; 行政处罚法 Art. 60). */
public enum ClockEventKind {
    /** 听证 — hearing time is not counted. */
    PAUSE_HEARING,
    /** 检测、检验、检疫、鉴定. */
    PAUSE_APPRAISAL,
    /** 中止调查. */
    PAUSE_SUSPENSION,
    /** 延期 +30 days, approved by a head. */
    EXTENSION_HEAD,
    /** 延期 up to +60 days more, decided by collective deliberation of the heads. */
    EXTENSION_COLLECTIVE,
    /** 复议或诉讼期间: the late-payment surcharge does not accrue (行政处罚法 Art. 73 ¶3). */
    REMEDY_PENDING;

    /** A pause of the decision period. */
    public boolean isPause() {
        return name().startsWith("PAUSE_");
    }
}
