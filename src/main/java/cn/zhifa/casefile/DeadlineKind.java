package cn.zhifa.casefile;

import cn.zhifa.calendar.StatutoryPeriod;

/** The deadlines that run on a case, each with its statutory period (enforcement-law.md §1.17). */
public enum DeadlineKind {
    /** 线索核查: from discovery (住建部令55 Art. 15). */
    VERIFICATION(StatutoryPeriod.VERIFY_LEAD),
    /** 作出决定: 90 days from filing, + extensions, − pauses (行政处罚法 Art. 60). */
    DECISION(StatutoryPeriod.DECISION),
    /** 陈述申辩期: from service of the advance notice. */
    STATEMENT(StatutoryPeriod.STATEMENT_DEFENCE),
    /** 送达: 7 working days from the decision (Art. 61). */
    SERVICE(StatutoryPeriod.SERVICE),
    /** 缴纳罚款: 15 days from service (Art. 67); the surcharge runs after it. */
    PAYMENT(StatutoryPeriod.PAYMENT),
    /** 催告期: 10 working days after the 催告书 was served before the court may be asked (行政强制法 Art. 54). */
    DEMAND(StatutoryPeriod.DEMAND),
    /** 申请法院强制执行: within 3 months after the remedy periods lapsed (行政强制法 Art. 53). */
    COURT_APPLICATION(StatutoryPeriod.COURT_APPLICATION),
    /** 结案: 15 working days from completion of execution (住建部令55 Art. 31). */
    CLOSING(StatutoryPeriod.CLOSING);

    private final StatutoryPeriod period;

    DeadlineKind(StatutoryPeriod period) {
        this.period = period;
    }

    public StatutoryPeriod period() {
        return period;
    }
}
