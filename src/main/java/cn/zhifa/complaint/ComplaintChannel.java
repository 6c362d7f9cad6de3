package cn.zhifa.complaint;

/** How a complaint came in. */
public enum ComplaintChannel { HOTLINE_12345, WALK_IN, WEB, API }
