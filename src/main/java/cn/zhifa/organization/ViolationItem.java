package cn.zhifa.organization;

/** 执法事项: a violation with its legal basis (违法依据) and penalty basis (处罚依据). */
public record ViolationItem(long id, String code, String name, String violationBasis, String penaltyBasis,
        boolean active) {
}
