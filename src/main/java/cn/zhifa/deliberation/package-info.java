/**
 * 集体讨论 (collective deliberation of the heads, 行政处罚法 Art. 57 ¶2): meetings with an agenda of cases awaiting
 * deliberation, attendance and quorum, each head's vote and opinion, the resolution, and the minutes every present
 * head confirms. Implements {@link cn.zhifa.casefile.CollectiveDeliberation}.
 */
package cn.zhifa.deliberation;
