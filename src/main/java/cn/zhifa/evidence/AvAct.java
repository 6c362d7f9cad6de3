package cn.zhifa.evidence;

/**
 * Acts for which audio-video recording (音像记录) may be required before the step completes (国办发〔2018〕118号
 * §三(八): 查封扣押、强制拆除 full-process; 留置送达 and on-site inspection as appropriate, enforced here when configured).
 */
public enum AvAct {
    /** 查封扣押. */
    SEIZURE,
    /** 强制拆除. */
    FORCED_DEMOLITION,
    /** 留置送达. */
    SERVICE_BY_LEAVING,
    /** 现场检查（勘验）时当事人不在场或拒绝签字. */
    INSPECTION_PARTY_ABSENT
}
