package cn.zhifa.supervision;

/** 评查方式: 全面评查 (every case in scope) or 抽查 (random sample with a recorded seed). */
public enum PlanMethod {
    FULL, SAMPLE
}
