package cn.zhifa.casefile;

/** Who asks for the recusal (行政处罚法 Art. 43); labels {@code recusal.applicant.<NAME>}. */
public enum RecusalApplicant {
    /** 当事人申请: the party's application, recorded by a handler or the person concerned. */
    PARTY,
    /** 自行回避: the officer's own application. */
    SELF
}
