package cn.zhifa.supervision.internal;

/** What a case's audit row says of its stored pre-audit: how many findings, and which legal-review outcomes. */
public class CaseAuditRow {
    /** The longest outcome keys kept in the row; longer ones are read from the outcomes themselves. */
    public static final int MAX_REVIEW_KEYS = 2000;

    public int findings;
    /** The stored review outcomes' keys ("round|unit|outcome|date" joined by ";"); null: read sv_review_outcome. */
    public String reviewKeys;
}
