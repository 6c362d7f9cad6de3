package cn.zhifa.deliberation;

/** Where a meeting stands: attendance is taken, then the heads vote, then the minutes are confirmed. */
public enum MeetingStatus {
    /** Convened: agenda set, attendance and the principal head's deputy recorded. */
    SCHEDULED,
    /** Quorum checked; the present heads vote and each item is settled. */
    VOTING,
    /** Every item settled; the minutes (集体讨论记录) await each present head's confirmation. */
    MINUTES,
    /** Every present head confirmed the minutes: the resolutions are final. */
    CONFIRMED
}
