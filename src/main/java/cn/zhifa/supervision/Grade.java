package cn.zhifa.supervision;

/** 评查等次 (Guangdong 《行政执法案卷评查办法》 Art. 16): 优秀 ≥ 90, 良好 ≥ 75, 合格 ≥ 60, 不合格 below (bands per rubric). */
public enum Grade {
    EXCELLENT, GOOD, PASS, FAIL
}
