package cn.zhifa.summary;

/** 处罚种类 allowed in the summary procedure (Art. 51). */
public enum PenaltyKind { WARNING, FINE }
