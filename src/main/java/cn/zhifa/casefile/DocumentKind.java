package cn.zhifa.casefile;

import cn.zhifa.shared.StoredText;

/**
 * The kinds of document (文书) the system registers on a case. The constant names are the codes stored in
 * {@code case_document.doc_type} and used by the document templates; never rename one. The zh-CN title is the
 * document's standard name (the English one is {@code doc.kind.<CODE>} in the bundles); a step may give a more
 * specific title (e.g. the round of a legal review, the kind of decision).
 */
public enum DocumentKind {
    LEAD_REGISTRATION("案件来源登记表"),
    FILING_APPROVAL_FORM("立案审批表"),
    NOT_FILED_DECISION("不予立案审批表"),
    INVESTIGATION_RECORD("现场检查笔录"),
    INTERVIEW_RECORD("询问笔录"),
    CORRECTION_ORDER("责令(限期)改正通知书"),
    PHOTO_EVIDENCE("照片证据"),
    OTHER("其他证据材料"),
    PRESERVATION_APPROVAL_FORM("先行登记保存证据审批表"),
    PRESERVATION_NOTICE("先行登记保存证据通知书"),
    PRESERVATION_DECISION("先行登记保存物品处理决定书"),
    SEIZURE_DECISION("查封（扣押）决定书"),
    SEIZURE_EXTENSION("延长查封（扣押）期限决定书"),
    SEIZURE_RELEASE("解除查封（扣押）决定书"),
    SEIZURE_HANDLING("查封（扣押）财物处理决定书"),
    TRANSFER_REPORT("涉嫌犯罪案件移送报告"),
    TRANSFER_APPROVAL("涉嫌犯罪案件移送审批表"),
    TRANSFER_LETTER("涉嫌犯罪案件移送书"),
    JURISDICTION_TRANSFER_LETTER("案件移送函"),
    INVESTIGATION_REPORT("案件调查终结报告"),
    CASE_REVIEW_FORM("案件审核表"),
    LEGAL_REVIEW_OPINION("重大执法决定法制审核意见书"),
    ADVANCE_NOTICE("行政处罚事先告知书"),
    HEARING_REQUEST("听证申请书"),
    STATEMENT_WAIVER("放弃陈述申辩声明"),
    STATEMENT_RECORD("陈述申辩笔录"),
    STATEMENT_REVIEW("陈述申辩复核意见书"),
    HEARING_NOTICE("听证通知书"),
    HEARING_TRANSCRIPT("听证笔录"),
    HEARING_TERMINATION("听证终止记录（当事人无正当理由缺席）"),
    HEARING_REPORT("听证报告"),
    DELIBERATION_MINUTES("重大案件集体讨论记录"),
    DECISION_APPROVAL_FORM("处理决定审批表"),
    DECISION("行政处罚决定书"),
    SUMMARY_DECISION("当场行政处罚决定书"),
    SERVICE_RECEIPT("送达回证"),
    PAYMENT_RECEIPT("罚没款缴款凭证"),
    DEMAND_NOTICE("催告书"),
    ENFORCEMENT_APPLICATION("强制执行申请书"),
    CLOSING_APPROVAL_FORM("结案审批表");

    private final String title;

    DocumentKind(String title) {
        this.title = title;
    }

    /** The standard zh-CN title. */
    public String title() {
        return title;
    }

    /** The code stored in {@code case_document.doc_type}. */
    public String code() {
        return name();
    }

    /** The message key of the title. */
    public String messageKey() {
        return "doc.kind." + name();
    }

    /**
     * The stored form of a document's name (decision 0033): its kind's label for a standard title, a known variant
     * (the decision's other titles) or a numbered round of a standard title ("…（第2轮）"), each rendered in the
     * reader's language; any other title (an officer's own, as entered) as given — data.
     */
    public static String storedTitle(String code, String title) {
        Object name = named(code, title);
        return name instanceof StoredText t ? t.stored() : StoredText.typed((String) name);
    }

    /**
     * A document's name as an argument of a {@link StoredText}: a label (see {@link #storedTitle}) or the title as
     * given (data); null for null.
     */
    public static Object named(String code, String title) {
        if (title == null) {
            return null;
        }
        String variant = VARIANTS.get(title);
        if (variant != null && DECISION.name().equals(code)) {
            return StoredText.label(variant);
        }
        for (DocumentKind k : values()) {
            if (k.name().equals(code) && title.startsWith(k.title)) {
                String rest = title.substring(k.title.length());
                if (rest.isEmpty()) {
                    return StoredText.label(k.messageKey());
                }
                java.util.regex.Matcher round = ROUND.matcher(rest);
                if (round.matches()) {
                    return StoredText.of("text.document.round", StoredText.label(k.messageKey()), round.group(1));
                }
            }
        }
        return title;
    }

    /** A document's name with its number (when it has one) as a text of the bundles. */
    public static StoredText numbered(String code, String title, String docNo) {
        return docNo == null ? StoredText.of("text.document", named(code, title))
                : StoredText.of("text.document.numbered", named(code, title), docNo);
    }

    /** The decision's titles besides the standard one (DecideStep), by their label. */
    private static final java.util.Map<String, String> VARIANTS = java.util.Map.of(
            "不予行政处罚决定书", "text.document.NO_PENALTY_DECISION",
            "案件处理决定书（违法事实不成立）", "text.document.NOT_ESTABLISHED_DECISION",
            "案件移送书", "text.document.TRANSFER_DECISION");
    private static final java.util.regex.Pattern ROUND = java.util.regex.Pattern.compile("（第(\\d+)轮）");
}
