package cn.zhifa.casefile;

/** What the receiving organ did with a crime transfer (decision 0028). */
public enum TransferReceipt {
    /** 立案/接受: the administrative case ends. */
    ACCEPTED,
    /** 不予立案/不接受: the case resumes at investigation. */
    REFUSED,
    /** 退回 for administrative handling (行刑反向衔接): the case resumes at investigation. */
    RETURNED
}
