package cn.zhifa.organization.internal;

/** violation_item row. */
public class ItemRow {
    public Long id;
    public String code;
    public String name;
    public String violationBasis;
    public String penaltyBasis;
    public boolean active;
}
