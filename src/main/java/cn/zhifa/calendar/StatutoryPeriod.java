package cn.zhifa.calendar;

import java.util.Locale;

/**
 * Every statutory period Zhifa tracks, with its default length (enforcement-law.md §1.17, §1.18, §6.1) and legal
 * source. A deployment may override the length with {@code zhifa.periods.<NAME>=<amount> <UNIT>} (see
 * {@link StatutoryPeriods}). Labels: message keys {@code calendar.period.<NAME>} in {@code i18n/calendar*.properties}.
 */
public enum StatutoryPeriod {

    /** 住建部令55 Art. 15 (15 days, working days by Art. 45; +10 with head approval); 市场监管 Art. 18: 15 wd. */
    VERIFY_LEAD(Period.workingDays(15), "住建部令第55号第15条、第45条；市场监管总局令第2号第18条"),
    /** 行政处罚法 Art. 56: handling decision within 7 days (working days, Art. 85). */
    PRESERVATION_DECISION(Period.workingDays(7), "《行政处罚法》第56条、第85条"),
    /**
     * 先行登记保存 or 查封扣押 taken on the spot when urgent: report to the head within 24 hours and obtain the approval
     * afterwards (行政强制法 Art. 19; 市场监管总局令第2号 Art. 33); exact hours (decision 0024).
     */
    PRESERVATION_URGENT_REPORT(Period.hours(24), "《行政强制法》第19条；市场监管总局令第2号第33条"),
    /** 行政强制法 Art. 25: 30 days; only periods ≤ 10 days are working days (Art. 69). */
    SEIZURE(Period.days(30), "《行政强制法》第25条、第69条"),
    /** 行政强制法 Art. 25: extension up to 30 days with head approval. */
    SEIZURE_EXTENSION(Period.days(30), "《行政强制法》第25条、第69条"),
    /** Statement/defence window after the advance notice: 5 days = working days (住建 Art. 22 with Art. 45). */
    STATEMENT_DEFENCE(Period.workingDays(5), "住建部令第55号第22条、第45条；《行政处罚法》第85条"),
    /** 行政处罚法 Art. 64(1): request a hearing within 5 days of the notice. */
    HEARING_REQUEST(Period.workingDays(5), "《行政处罚法》第64条第1项、第85条"),
    /**
     * 行政处罚法 Art. 64(2): notify the party 7 days before the hearing. A lead time: the earliest hearing day is
     * {@code dueFrom(noticeServed, HEARING_NOTICE_LEAD)}.
     */
    HEARING_NOTICE_LEAD(Period.workingDays(7), "《行政处罚法》第64条第2项、第85条"),
    /** 住建 Art. 24/45: 10 days (working days); 市场监管: 10 wd. Local rules may be stricter (e.g. 5 wd, 内蒙古). */
    LEGAL_REVIEW(Period.workingDays(10), "住建部令第55号第24条、第45条；市场监管总局令第2号"),
    /** 行政处罚法 Art. 60: decision within 90 days from filing (calendar days; hearing/testing time excluded). */
    DECISION(Period.days(90), "《行政处罚法》第60条"),
    /**
     * 撤销并责令重新作出 (decision 0029): the new decision within the period the review body or court set, counted from
     * the agency's receipt of its decision or judgment (行政复议法 Art. 64; 行政诉讼法 Art. 70); when it set none, the
     * ordinary decision period of 行政处罚法 Art. 60 runs anew from that receipt (a reading, see 0029).
     */
    REDECISION(Period.days(90), "《行政复议法》第64条；《行政诉讼法》第70条；《行政处罚法》第60条"),
    /** 住建 Art. 29: +30 days with head approval. */
    DECISION_EXTENSION_HEAD(Period.days(30), "住建部令第55号第29条"),
    /** 住建 Art. 29: further extension of at most 60 days by collective discussion. */
    DECISION_EXTENSION_COLLECTIVE(Period.days(60), "住建部令第55号第29条"),
    /** 行政处罚法 Art. 61: serve on an absent party within 7 days (working days, Art. 85). */
    SERVICE(Period.workingDays(7), "《行政处罚法》第61条、第85条"),
    /** 国办发〔2018〕118号 §六: penalty decisions published within 7 working days. */
    PUBLICATION_PENALTY(Period.workingDays(7), "国办发〔2018〕118号"),
    /** 国办发〔2018〕118号 §六: other enforcement decisions within 20 working days. */
    PUBLICATION_OTHER(Period.workingDays(20), "国办发〔2018〕118号"),
    /** 行政处罚法 Art. 48 ¶2: withdraw published information within 3 days (working days, Art. 85). */
    PUBLICATION_WITHDRAWAL(Period.workingDays(3), "《行政处罚法》第48条第2款、第85条"),
    /**
     * 民事诉讼法 Art. 95 (applied by 行政处罚法 Art. 61): a document served by public notice (公告送达) counts as served
     * when 30 days have passed from publication (calendar days; older local rules said 60 — override per deployment).
     */
    PUBLIC_NOTICE_SERVICE(Period.days(30), "《民事诉讼法》第95条；《行政处罚法》第61条"),
    /** 行政处罚法 Art. 67: pay within 15 days from receipt (calendar days). */
    PAYMENT(Period.days(15), "《行政处罚法》第67条"),
    /** 行政复议法 Art. 20: apply for reconsideration within 60 days of knowing of the act (calendar days). */
    RECONSIDERATION(Period.days(60), "《行政复议法》第20条"),
    /** 行政诉讼法 Art. 46: sue within 6 months of knowing of the act. */
    LITIGATION(Period.months(6), "《行政诉讼法》第46条"),
    /** 行政诉讼法 Art. 45: sue within 15 days after receiving the reconsideration decision (calendar days). */
    SUIT_AFTER_RECONSIDERATION(Period.days(15), "《行政诉讼法》第45条"),
    /**
     * 行政复议法 (2023) Art. 48: the respondent answers in writing and submits its evidence within 10 days of receiving
     * the copy of the application; "十日" there is working days (Art. 88 ¶2). Decision record 0027.
     */
    RECONSIDERATION_REPLY(Period.workingDays(10), "《行政复议法》第48条、第88条"),
    /**
     * 行政诉讼法 Art. 67: the defendant submits its evidence, normative basis and 答辩状 within 15 days of receiving the
     * copy of the complaint; calendar days (that law has no working-day rule), end-day shift (民事诉讼法 Art. 85 by
     * 行政诉讼法 Art. 101). Decision record 0027.
     */
    LITIGATION_DEFENCE(Period.days(15), "《行政诉讼法》第67条"),
    /** 行政强制法 Art. 54: apply to the court only when 10 days after service of the 催告书 have passed (≤ 10 days = working days, Art. 69). */
    DEMAND(Period.workingDays(10), "《行政强制法》第54条、第69条"),
    /** 行政强制法 Art. 53: apply to the court within 3 months after the remedy periods lapsed (Art. 72 ¶2 行政处罚法: after a deferral, from its end). */
    COURT_APPLICATION(Period.months(3), "《行政强制法》第53条；《行政处罚法》第72条第2款"),
    /** 住建 Art. 31: 结案审批 within 15 days (working days by Art. 45); 市场监管 Art. 77: 15 wd. */
    CLOSING(Period.workingDays(15), "住建部令第55号第31条、第45条"),
    /** 住建 Art. 14: on-the-spot decision filed for the record within 3 days (working days by Art. 45). */
    SUMMARY_FILING(Period.workingDays(3), "住建部令第55号第14条、第45条"),
    /**
     * 移送规定 Art. 5: the head decides on a crime transfer within 3 days of the report. The domain file gives no day
     * type for it ("—" in §1.17): the regulation has no rule like 行政处罚法 Art. 85 turning days into working days,
     * so the general rule applies — 3 calendar days with the end-day shift (which is never later than 3 working
     * days). The brief left the unit to the domain file; override with {@code zhifa.periods.CRIME_TRANSFER_DECISION}
     * if a local rule says working days.
     */
    CRIME_TRANSFER_DECISION(Period.days(3), "《行政执法机关移送涉嫌犯罪案件的规定》第5条"),
    /** 移送规定 Art. 5: once approved, hand over to the police within 24 hours (exact). */
    CRIME_TRANSFER_HANDOVER(Period.hours(24), "《行政执法机关移送涉嫌犯罪案件的规定》第5条"),
    /** 行政处罚法 Art. 36: not discovered within 2 years → no penalty. */
    LIMITATION(Period.years(2), "《行政处罚法》第36条"),
    /** 行政处罚法 Art. 36: 5 years where life/health safety or financial security is involved with harmful consequences. */
    LIMITATION_SAFETY(Period.years(5), "《行政处罚法》第36条");

    private final Period defaultPeriod;
    private final String legalSource;

    StatutoryPeriod(Period defaultPeriod, String legalSource) {
        this.defaultPeriod = defaultPeriod;
        this.legalSource = legalSource;
    }

    /** The length the law gives; a deployment may override it (see {@link StatutoryPeriods#of}). */
    public Period defaultPeriod() {
        return defaultPeriod;
    }

    /** Where the period comes from (law, article), in Chinese as cited in documents. */
    public String legalSource() {
        return legalSource;
    }

    /** Message key of the period's display name (zh-CN and en bundles {@code i18n/calendar}). */
    public String labelKey() {
        return "calendar.period." + name();
    }

    /** Property that overrides the length: {@code zhifa.periods.<NAME>}. */
    public String propertyName() {
        return StatutoryPeriods.PROPERTY_PREFIX + name();
    }

    static StatutoryPeriod fromName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
