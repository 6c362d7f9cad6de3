package cn.zhifa.record.internal;

/** case_record_head row (with the case's current stage when locked for an append) and its seal. */
public class HeadRow {
    public long caseId;
    public long lastSeq;
    public String lastHash;
    public String sealKey;
    public String seal;
    public String stage;
}
