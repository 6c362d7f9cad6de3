package cn.zhifa.supervision;

import java.math.BigDecimal;

/**
 * What the pre-audit (自动预审) can find in a case's own data, each mapped to an item of the default rubric with the
 * proposed deduction (a veto kind proposes the item's veto). Labels: {@code sv.finding.<NAME>}.
 */
public enum FindingKind {
    /** Fewer than two handlers (行政处罚法 Art. 42, 55). */
    HANDLERS_UNDER_TWO("S02", "10", true),
    /** A handler without a 执法证 valid on the filing (or decision) day, or an auxiliary as handler. */
    HANDLER_UNCERTIFIED("S02", "10", true),
    /** Filed after the verification period. */
    LATE_FILING("F01", "1", false),
    /** Filed without the filing approval form. */
    FILING_APPROVAL_MISSING("F02", "2", false),
    /** The full-process record's chain does not verify. */
    RECORD_BROKEN("E04", "10", false),
    /** A stored evidence or document file is missing or changed. */
    EVIDENCE_FILE_MISSING("E04", "5", false),
    /** No inspection or interview record in an investigated case. */
    INVESTIGATION_RECORD_MISSING("E02", "4", false),
    /** Preserved evidence lapsed without a handling decision within 7 working days. */
    PRESERVATION_LAPSED("E05", "2", false),
    /** A penalty decided without an advance notice (Art. 44). */
    NO_ADVANCE_NOTICE("P01", "25", true),
    /** Decided before filing (程序倒置). */
    PROCEDURE_INVERTED("P01", "25", true),
    /** A major decision (Art. 58) made without a passed legal review. */
    LEGAL_REVIEW_SKIPPED("P02", "25", true),
    /** Collective deliberation required but no resolution (Art. 57 ¶2). */
    DELIBERATION_SKIPPED("P03", "5", false),
    /** Decided before the statement period ended, the party not having waived it (Art. 45). */
    STATEMENT_PERIOD_CUT("P04", "3", false),
    /** Decided after the decision period (Art. 60). */
    LATE_DECISION("P05", "5", false),
    /** A step still open after its deadline. */
    STEP_OVERDUE("P06", "1", false),
    /** A fine or confiscation decided without the discretion reasons. */
    DISCRETION_REASON_MISSING("L03", "2", false),
    /** Decided without the decision document. */
    DECISION_DOCUMENT_MISSING("D01", "15", false),
    /** A document of a completed stage is missing (notice, report, service receipt, closing form). */
    STAGE_DOCUMENT_MISSING("D02", "2", false),
    /** Served after the 7 working days (Art. 61). */
    LATE_SERVICE("SV01", "3", false),
    /** Closed with the fine not (fully) paid and no enforcement note. */
    CLOSED_UNPAID("SV02", "2", false),
    /** Closed after the closing period (住建部令55 Art. 31). */
    LATE_CLOSING("A01", "1", false);

    private final String itemCode;
    private final BigDecimal deduction;
    private final boolean veto;

    FindingKind(String itemCode, String deduction, boolean veto) {
        this.itemCode = itemCode;
        this.deduction = new BigDecimal(deduction);
        this.veto = veto;
    }

    public String itemCode() {
        return itemCode;
    }

    public BigDecimal deduction() {
        return deduction;
    }

    public boolean veto() {
        return veto;
    }
}
