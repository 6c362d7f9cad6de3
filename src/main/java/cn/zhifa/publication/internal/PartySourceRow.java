package cn.zhifa.publication.internal;

/** A party of the case as the publication needs it. */
public class PartySourceRow {
    public String kind;
    public String name;
    public String idType;
    public String idNo;
    public String phone;
    public String address;
}
