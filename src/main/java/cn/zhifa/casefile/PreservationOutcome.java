package cn.zhifa.casefile;

/** The handling decision on preserved evidence (住建部令55 Art. 19), or its automatic lapse. */
public enum PreservationOutcome {
    /** 记录、复制、拍照、录像. */
    RECORDED,
    /** 送检测、检验、鉴定. */
    APPRAISAL,
    /** 依法查封、扣押. */
    SEIZED,
    /** 依法没收. */
    CONFISCATED,
    /** 解除先行登记保存. */
    RELEASED,
    /** 逾期未作出处理决定，自动解除. */
    LAPSED,
    /** 负责人不予批准 a request made before any act: nothing was taken (decision 0024). */
    REFUSED
}
