package cn.zhifa.organization.internal;

/** org_unit row. */
public class UnitRow {
    public Long id;
    public String code;
    public String name;
    public String kind;
    public Long parentId;
    public String caseNumberPrefix;
    public String address;
    public String phone;
}
