package cn.zhifa.casefile;

/** 当事人. */
public record Party(PartyKind kind, String name, IdType idType, String idNo, String phone, String address) {
}
