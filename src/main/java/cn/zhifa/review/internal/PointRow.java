package cn.zhifa.review.internal;

/** One row of legal_review_point. */
public class PointRow {
    public long roundId;
    public String checkPoint;
    public boolean passed;
    public String remark;
}
