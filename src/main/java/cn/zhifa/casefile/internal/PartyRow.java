package cn.zhifa.casefile.internal;

import cn.zhifa.casefile.IdType;
import cn.zhifa.casefile.PartyKind;

/** case_party row. */
public class PartyRow {
    public Long id;
    public Long caseId;
    public PartyKind kind;
    public String name;
    public IdType idType;
    public String idNo;
    public String phone;
    public String address;
}
