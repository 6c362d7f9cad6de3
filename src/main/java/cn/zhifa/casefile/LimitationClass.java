package cn.zhifa.casefile;

import cn.zhifa.calendar.StatutoryPeriod;

/** The recorded classification of an act for the limitation of 行政处罚法 Art. 36 (追责时效). */
public enum LimitationClass {
    /** The general case: 2 years. */
    GENERAL(StatutoryPeriod.LIMITATION),
    /** 涉及公民生命健康安全、金融安全且有危害后果: 5 years. */
    SAFETY_HARM(StatutoryPeriod.LIMITATION_SAFETY);

    private final StatutoryPeriod period;

    LimitationClass(StatutoryPeriod period) {
        this.period = period;
    }

    public StatutoryPeriod period() {
        return period;
    }

    /** Unrecorded means the general case. */
    public static LimitationClass orGeneral(LimitationClass c) {
        return c == null ? GENERAL : c;
    }
}
