package cn.zhifa.casefile;

/** 证件类型: 居民身份证, 统一社会信用代码, 护照, 其他. */
public enum IdType { ID_CARD, CREDIT_CODE, PASSPORT, OTHER }
