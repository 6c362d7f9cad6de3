package cn.zhifa.complaint;

/** 核查结果: no violation found, corrected on the spot, summary procedure, converted to an ordinary case (诉转案). */
public enum ComplaintOutcome { NO_VIOLATION, CORRECTED, SUMMARY, CASE }
