package cn.zhifa.deliberation;

/**
 * What an agenda item asks the heads: the decision of the case (集体讨论决定, 行政处罚法 Art. 57 ¶2) or whether to extend
 * its decision period once more (延长办案期限: 住建部令55 Art. 29, 市场监管 Art. 64; decision 0030).
 */
public enum ItemKind {
    DECISION, EXTENSION
}
