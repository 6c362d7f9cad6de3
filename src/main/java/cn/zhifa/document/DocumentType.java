package cn.zhifa.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The documents the system generates, by the register's code ({@code case_document.doc_type}; the same names as the
 * casefile's document kinds). {@code numberWord} is the 文书号's word (e.g. 罚决字) or null for internal forms and
 * records; {@code external} documents are served on the party (each gets its 送达回证); {@code archiveGroup} is the
 * category of 住建部令55 Art. 40 the dossier files it under (1 source and filing … 8 other).
 */
public enum DocumentType {
    LEAD_REGISTRATION("案件来源登记表", null, false, 1),
    FILING_APPROVAL_FORM("立案审批表", null, false, 1),
    NOT_FILED_DECISION("不予立案审批表", null, false, 1),
    INVESTIGATION_RECORD("现场检查(勘验)笔录", null, false, 3),
    INTERVIEW_RECORD("询问笔录", null, false, 3),
    CORRECTION_ORDER("责令(限期)改正通知书", "责改字", true, 2),
    /** 先行登记保存证据审批表: the head's prior approval (or refusal), filed with the notice it authorises. */
    PRESERVATION_APPROVAL_FORM("先行登记保存证据审批表", null, false, 3),
    PRESERVATION_NOTICE("先行登记保存证据通知书", "先保字", true, 3),
    PRESERVATION_DECISION("先行登记保存物品处理决定书", "先处字", true, 3),
    INVESTIGATION_REPORT("案件调查终结报告", null, false, 2),
    CASE_REVIEW_FORM("案件审核表", null, false, 6),
    LEGAL_REVIEW_OPINION("法制审核意见书", null, false, 6),
    ADVANCE_NOTICE("行政处罚事先告知书", "告字", true, 2),
    HEARING_REQUEST("听证申请书", null, false, 5),
    HEARING_NOTICE("听证通知书", "听通字", true, 5),
    HEARING_TRANSCRIPT("听证笔录", null, false, 5),
    HEARING_TERMINATION("听证终止记录", null, false, 5),
    /** 听证报告: the presiding officer's report after the hearing, filed with the transcript. */
    HEARING_REPORT("听证报告", null, false, 5),
    STATEMENT_WAIVER("放弃陈述申辩声明", null, false, 4),
    STATEMENT_RECORD("陈述申辩笔录", null, false, 4),
    STATEMENT_REVIEW("陈述申辩复核意见书", null, false, 6),
    DELIBERATION_MINUTES("重大案件集体讨论记录", null, false, 6),
    /** 处理决定审批表 (行政处罚审批表): the head's decision on the proposal, filed with the decision. */
    DECISION_APPROVAL_FORM("处理决定审批表", null, false, 2),
    DECISION("行政处罚决定书", "罚决字", true, 2),
    SERVICE_RECEIPT("送达回证", null, false, 2),
    CLOSING_APPROVAL_FORM("结案审批表", null, false, 7),
    SUMMARY_DECISION("当场行政处罚决定书", null, true, 2),
    /** 催告书 (行政强制法 Art. 35, 54): its number is the step's own; served on the party, filed with the execution. */
    DEMAND_NOTICE("催告书", null, true, 7),
    /** 强制执行申请书 (行政强制法 Art. 53, 55): to the people's court, signed by the head; its number is the step's own. */
    ENFORCEMENT_APPLICATION("强制执行申请书", null, false, 7),
    /** 投诉举报答复告知书: the written reply to a complainant (not a case's document; kept with the complaint). */
    COMPLAINT_REPLY("投诉举报答复告知书", null, true, 8);

    private final String title;
    private final String numberWord;
    private final boolean external;
    private final int archiveGroup;

    DocumentType(String title, String numberWord, boolean external, int archiveGroup) {
        this.title = title;
        this.numberWord = numberWord;
        this.external = external;
        this.archiveGroup = archiveGroup;
    }

    public String title() {
        return title;
    }

    public String numberWord() {
        return numberWord;
    }

    public boolean external() {
        return external;
    }

    public int archiveGroup() {
        return archiveGroup;
    }

    /** The type of a register code, or empty for material the system does not generate (photos, uploads). */
    public static Optional<DocumentType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
    }
}
