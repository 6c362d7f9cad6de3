package cn.zhifa.casefile;

/** Outcome of one legal-review round (住建部令55 Art. 25). Only {@link #AGREE} unlocks the decision. */
public enum ReviewOutcome {
    /** 同意. */
    AGREE,
    /** 建议补充调查: back to investigation with the opinions, then report → case review → review again. */
    SUPPLEMENT,
    /** 建议纠正: documents back to the handlers (整改/补正文书), then review again. */
    CORRECT,
    /** 建议移送: the decision may only be a transfer. */
    TRANSFER
}
