package cn.zhifa.casefile;

/**
 * How a reconsideration or suit ended (行政复议法 Art. 63–68; 行政诉讼法 Art. 69–77). The four that change the
 * decision are those for which 行政处罚法 Art. 48 ¶2 requires the publication to come down within 3 working days.
 */
public enum RemedyOutcome {
    /** 维持 / 驳回请求. */
    UPHELD(false),
    /** 变更. */
    CHANGED(true),
    /** 撤销. */
    REVOKED(true),
    /** 确认违法. */
    CONFIRMED_ILLEGAL(true),
    /** 确认无效. */
    VOID(true),
    /** 撤回申请 / 撤诉 / 终止. */
    WITHDRAWN(false);

    private final boolean changesDecision;

    RemedyOutcome(boolean changesDecision) {
        this.changesDecision = changesDecision;
    }

    public boolean changesDecision() {
        return changesDecision;
    }

    /**
     * Whether nothing more is owed under the decision: revoked, confirmed void or confirmed illegal (decision 0027 —
     * the reading for 确认违法; a changed decision instead recomputes what is owed).
     */
    public boolean endsObligation() {
        return this == REVOKED || this == VOID || this == CONFIRMED_ILLEGAL;
    }
}
