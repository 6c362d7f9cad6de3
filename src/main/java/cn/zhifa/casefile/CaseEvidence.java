package cn.zhifa.casefile;

/**
 * What the steps may ask of a case's evidence without reading the vault's tables; implemented by the evidence
 * module.
 */
public interface CaseEvidence {

    /** Evidence items of the case that are not withdrawn. */
    int activeCount(long caseId);
}
