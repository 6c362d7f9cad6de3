package cn.zhifa.casefile;

/**
 * Why a filed case ends without a decision (撤销立案 / 终止调查; labels {@code exit.ground.<NAME>}). The first three
 * are the filing conditions of 住建部令55 Art. 15 found not to hold after all; the fourth is the party ceasing to
 * exist, so that no one is left to be penalised (decision record 0025).
 */
public enum CaseExitGround {
    /** 违法事实不存在：no preliminary evidence of a violation after all (住建部令55 Art. 15 (1)). */
    NO_VIOLATION,
    /** 不属于本机关管辖：the case belongs to another agency (行政处罚法 Art. 22–25; 住建部令55 Art. 15 (2)). */
    NOT_OUR_JURISDICTION,
    /** 超过追诉时效：not discovered within 2 (5) years (行政处罚法 Art. 36; 住建部令55 Art. 15 (3)). */
    TIME_BARRED,
    /** 当事人死亡或者终止：the natural person died, or the legal person or organisation was dissolved. */
    PARTY_ENDED
}
