package cn.zhifa.casefile;

/** The grounds of 终结执行 (行政强制法 Art. 40); labels {@code execution.ground.<NAME>}. */
public enum TerminationGround {
    /** (一) 公民死亡，无遗产可供执行，又无义务承受人的 */
    PARTY_DIED_NO_ESTATE,
    /** (二) 法人或者其他组织终止，无财产可供执行，又无义务承受人的 */
    ORGANISATION_ENDED_NO_PROPERTY,
    /** (三) 执行标的灭失的 */
    OBJECT_PERISHED,
    /** (四) 据以执行的行政决定被撤销的 */
    DECISION_REVOKED,
    /** (五) 行政机关认为需要终结执行的其他情形 — the reasons must be stated. */
    OTHER
}
