package cn.zhifa.record.internal;

/** case_record_head row, with the case's current stage when locked for an append. */
public class HeadRow {
    public long lastSeq;
    public String lastHash;
    public String stage;
}
