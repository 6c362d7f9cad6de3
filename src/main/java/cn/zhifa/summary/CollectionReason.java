package cn.zhifa.summary;

/** Why a fine may be collected on the spot (Art. 68): ≤ 100 yuan, or collecting it later would be hard. */
public enum CollectionReason { SMALL_AMOUNT, HARD_LATER }
