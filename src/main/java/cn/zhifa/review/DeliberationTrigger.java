package cn.zhifa.review;

/** Configurable triggers of collective deliberation ({@code zhifa.deliberation.triggers}). */
public enum DeliberationTrigger {
    /** The proposed penalty is in the hearing range (Beijing Art. 15; 交通运输 Art. 76). */
    HEARING_RANGE,
    /** A legal reviewer did not agree with the handler's proposal in some round (医保 Art. 44(2)). */
    REVIEW_DISAGREEMENT,
    /** The proposal departs from the discretion benchmark (国办发〔2022〕27号 §十二). */
    BENCHMARK_DEPARTURE,
    /**
     * The decision period was extended a second time (住建部令55 Art. 29): the case's decision goes to collective
     * deliberation too. The second extension itself always needs the heads' confirmed resolution, whatever this
     * setting (decision 0030); this trigger reads the extension that resolution allowed.
     */
    SECOND_EXTENSION,
    /** A head (or the handler) referred the case for deliberation. */
    HEAD_REFERRAL
}
