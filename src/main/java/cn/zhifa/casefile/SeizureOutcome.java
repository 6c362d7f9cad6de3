package cn.zhifa.casefile;

/** How a seizure ends (行政强制法 Art. 27–28). */
public enum SeizureOutcome {
    /** 解除查封、扣押 (Art. 28), also when the term ran out without a handling decision. */
    RELEASED,
    /** 依法没收 (Art. 27). */
    CONFISCATED,
    /** 依法销毁 (Art. 27). */
    DESTROYED
}
