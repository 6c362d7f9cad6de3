package cn.zhifa.review.internal;

import java.time.LocalDate;

/** One row of case_hearing. */
public class HearingRow {
    public Long id;
    public long caseId;
    public LocalDate requestedOn;
    public Long presidingId;
    public String presidingName;
    public LocalDate hearingDate;
    public String place;
    public LocalDate noticeServedOn;
    public String agents;
    public String status;
    public String transcript;
    public String attendance;
    /** 听证报告: 争议焦点, 主持人意见及处理建议, 不同意见 (V370). */
    public String disputedPoints;
    public String presiderOpinion;
    public String dissent;
}
