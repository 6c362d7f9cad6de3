package cn.zhifa.casefile;

import cn.zhifa.calendar.StatutoryPeriod;

/** The deadlines that run on a case, each with its statutory period (enforcement-law.md §1.17). */
public enum DeadlineKind {
    /** 线索核查: from discovery (住建部令55 Art. 15). */
    VERIFICATION(StatutoryPeriod.VERIFY_LEAD),
    /** 作出决定: 90 days from filing, + extensions, − pauses (行政处罚法 Art. 60). */
    DECISION(StatutoryPeriod.DECISION),
    /**
     * 重新作出决定: after 撤销并责令重新作出, from the receipt of the order — the body's period, else that of Art. 60
     * (decision 0029); replaces {@link #DECISION} for the new decision.
     */
    REDECISION(StatutoryPeriod.REDECISION),
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
    /** 先行登记保存 in force: the handling decision within 7 working days of the approval (行政处罚法 Art. 56). */
    PRESERVATION(StatutoryPeriod.PRESERVATION_DECISION),
    /** An urgent 先行登记保存: reported to and approved by a head within 24 hours, else released (0024). */
    PRESERVATION_REPORT(StatutoryPeriod.PRESERVATION_URGENT_REPORT),
    /** 查封扣押: the term (≤ 30 days, + one extension ≤ 30) within which to release or decide (行政强制法 Art. 25, 27). */
    SEIZURE(StatutoryPeriod.SEIZURE),
    /** 移送: the principal head decides within 3 days of the transfer report (移送规定 Art. 5, decision 0028). */
    TRANSFER_DECISION(StatutoryPeriod.CRIME_TRANSFER_DECISION),
    /** 移送: handed over to the public security organ within 24 hours of the approval (移送规定 Art. 5). */
    TRANSFER_HANDOVER(StatutoryPeriod.CRIME_TRANSFER_HANDOVER),
    /** 复议答复: 10 working days from receiving the copy of the reconsideration application (行政复议法 Art. 48, 88). */
    RECONSIDER_REPLY(StatutoryPeriod.RECONSIDERATION_REPLY),
    /** 应诉答辩: 15 days from receiving the copy of the complaint (行政诉讼法 Art. 67). */
    LITIGATION_DEFENCE(StatutoryPeriod.LITIGATION_DEFENCE),
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
