package cn.zhifa.casefile;

/** 当事人类型. */
public enum PartyKind { NATURAL_PERSON, ORGANIZATION }
