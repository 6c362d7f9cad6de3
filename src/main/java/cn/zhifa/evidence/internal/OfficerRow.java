package cn.zhifa.evidence.internal;

/** An officer present at the capture of an evidence item. */
public class OfficerRow {
    public long evidenceId;
    public long userId;
    public String displayName;
}
