package cn.zhifa.casefile.internal;

/** case_handler row (with the user's name when read). */
public class HandlerRow {
    public Long caseId;
    public Long userId;
    public String name;
    public String role;
}
